import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLibraryFile, startApp, waitSaved, type AppUnderTest } from './harness';

/**
 * Keys that follow a caret move at once (Ctrl+End, then Enter and typing).
 * Chromium tells the page the caret moved in a task of its own
 * (`selectionchange`), and on a loaded machine it runs input first: the
 * Enter came before the editor had heard of the move and split the note
 * where the caret used to be. Here both happen in one task, every time.
 */
describe('typing right after the caret moves', () => {
  let app: AppUnderTest;
  let path = '';
  beforeAll(async () => {
    app = await startApp();
    const { library } = app.preview.services;
    const conference = await library.createConference({ title: 'SREcon', starts: '2022-03-14' });
    const talk = await library.createTalk(
      conference.id,
      { title: 'Toil' },
      'First paragraph.\n\nLast paragraph.\n',
    );
    path = talk.path;
    await app.page.reload();
    await app.page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('treeitem', { name: /Toil/ })
      .click();
    await app.page.getByText('Last paragraph.').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Enter splits the note where the caret is now, not where it was', async () => {
    const { page } = app;
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.click({ position: { x: 2, y: 2 } });
    await page.waitForFunction(() => window.getSelection()?.anchorOffset === 0);
    // The caret goes to the end of the note and Enter follows in the same task.
    await notes.evaluate((root) => {
      const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let last: Node | null = null;
      while (texts.nextNode()) last = texts.currentNode;
      window.getSelection()!.collapse(last, last!.textContent!.length);
      root.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    await page.keyboard.type('Typed at the end.');
    await waitSaved(page);
    const body = (await readLibraryFile(app, path)).replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body.trim()).toBe('First paragraph.\n\nLast paragraph.\n\nTyped at the end.');
    expect(app.pageErrors).toEqual([]);
  });
});
