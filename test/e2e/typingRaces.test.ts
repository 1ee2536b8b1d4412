import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLibraryFile, startApp, waitSaved, type AppUnderTest } from './harness';

/**
 * Keys that come sooner than the window expects, in one task with what
 * they race, every time. A loaded machine runs input before other work:
 * - Ctrl+End then Enter: Chromium tells the page the caret moved in a task
 *   of its own (`selectionchange`), and the Enter came before the editor had
 *   heard of the move and split the note where the caret used to be;
 * - a note clicked and typed into at once: the keys reached the editor
 *   before its text was loaded into it, and the load wiped them.
 */
describe('typing sooner than the window expects', () => {
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

  it('keeps a format toggled for the next letters (Ctrl+B) while it takes the page’s caret', async () => {
    const { page } = app;
    await page.getByRole('textbox', { name: 'Notes' }).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Then');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('bold');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' after.');
    await waitSaved(page);
    const body = await readLibraryFile(app, path);
    expect(body).toContain('Typed at the end. Then**bold** after.');
  });

  it('keeps what is typed the moment a note’s editor appears, before its text is in', async () => {
    const { page } = app;
    const { library } = app.preview.services;
    const conference = (await library.list()).conferences[0];
    const talk = await library.createTalk(conference.id, { title: 'Pagers' }, 'Loaded text.\n');
    const nav = page.getByRole('navigation', { name: 'Library' });
    await nav.getByRole('treeitem', { name: /Pagers/ }).waitFor();
    // Types into the next editor as soon as it is in the page, in the task that mounted it.
    await page.evaluate(() => {
      const current = document.querySelector('[aria-label="Notes"]');
      const watch = new MutationObserver(() => {
        const root = document.querySelector<HTMLElement>('[aria-label="Notes"]');
        if (!root || root === current) return;
        watch.disconnect();
        root.focus();
        window.getSelection()?.collapse(root, 0);
        root.dispatchEvent(
          new InputEvent('beforeinput', {
            inputType: 'insertText',
            data: 'Typed at once.',
            bubbles: true,
            cancelable: true,
          }),
        );
      });
      watch.observe(document.body, { childList: true, subtree: true });
    });
    await nav.getByRole('treeitem', { name: /Pagers/ }).click();
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.getByText('Loaded text.').waitFor();
    await expect.poll(() => notes.textContent()).toContain('Typed at once.');
    await waitSaved(page);
    const { body } = await library.readTalk(talk.id);
    expect(body).toContain('Loaded text.');
    expect(body).toContain('Typed at once.');
    expect(app.pageErrors).toEqual([]);
  });
});
