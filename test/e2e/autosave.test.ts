import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitSaved, type AppUnderTest } from './harness';

/** Never lose a keystroke: outside changes, conflicts and closing the window, for real. */
describe('autosave in the window (issue 3)', () => {
  let app: AppUnderTest;
  let file: string;
  let talkId: string;
  beforeAll(async () => {
    app = await startApp();
    const { library } = app.preview.services;
    const conference = await library.createConference({ title: 'SREcon', starts: '2022-03-14' });
    const talk = await library.createTalk(
      conference.id,
      { title: 'Error budgets' },
      'First line.\n',
    );
    talkId = talk.id;
    file = join(app.libraryRoot, talk.path);
    await app.page.reload();
    await app.page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('treeitem', { name: /Error budgets/ })
      .click();
    await app.page.getByRole('textbox', { name: 'Notes' }).waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Another program rewrites the note's body, keeping its front matter. */
  const editOutside = async (body: string) => {
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`));
  };
  const notes = () => app.page.getByRole('textbox', { name: 'Notes' });

  it('shows a change made outside the app at once when nothing is unsaved', async () => {
    await editOutside('Rewritten in vim.');
    await app.page.waitForFunction(() =>
      document.querySelector('[aria-label="Notes"]')?.textContent?.includes('Rewritten in vim.'),
    );
    await waitSaved(app.page);
  });

  it('lets the user choose when an outside change meets unsaved typing, keeping both until then', async () => {
    const { page } = app;
    await notes().focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Mine.');
    await editOutside('Theirs, from a sync tool.');
    const dialog = page.getByRole('alertdialog', { name: 'Choose a version' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('Your version').textContent()).resolves.toContain(
      'Rewritten in vim. Mine.',
    );
    await expect(dialog.getByLabel('Version on disk').textContent()).resolves.toContain(
      'Theirs, from a sync tool.',
    );
    await dialog.getByRole('button', { name: 'Keep my version' }).click();
    await waitSaved(page);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('Rewritten in vim. Mine.');
    expect(text).not.toContain('Theirs');
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
  });

  it('saves what was typed when the page goes away', async () => {
    const { page } = app;
    await notes().focus();
    await page.keyboard.press('Control+End');
    // One input event, so no timed save starts mid-sentence (key by key, a loaded machine
    // takes over a second and the 1 s save is still on its way when the page goes: a flush
    // queued behind it never runs in a closed page, which is why quitting asks the window
    // to flush and waits for its answer, quit.test.ts).
    await page.keyboard.insertText(' Typed right before closing.');
    // Faster than the 300 ms pause: only the pagehide/visibility flush can have saved this.
    await page.evaluate(() => {
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
    });
    await page.close({ runBeforeUnload: false });
    const deadline = Date.now() + 5000;
    let body = '';
    while (Date.now() < deadline) {
      body = (await app.preview.services.library.readTalk(talkId)).body;
      if (body.includes('Typed right before closing.')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(body).toContain('Typed right before closing.');
  });
});
