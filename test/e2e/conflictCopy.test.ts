import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './harness';

/**
 * A conflict copy beside a note (left by a sync, by Syncthing or Dropbox, or
 * by a save that met an outside change) is named above the note's text when
 * it opens: the person learns of it from the note, not only from a notice.
 */
describe('a note with a conflict copy beside it', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('names the copy above the notes, and a note without one shows nothing', async () => {
    const { library } = app.preview.services;
    const conference = await library.createConference({ title: 'SRECon', starts: '2024-03-18' });
    const kept = await library.createTalk(conference.id, { title: 'Error budgets' });
    await library.createTalk(conference.id, { title: 'Toil' });
    const copy = kept.path.replace(/\.md$/, '.sync-conflict-20240318-101500-ABCDEF7.md');
    await writeFile(join(app.libraryRoot, copy), 'Their version.\n');
    // The watcher has told the library of the copy once reading the talk names it.
    await expect
      .poll(async () => (await library.readTalk(kept.id)).problems.join())
      .toContain('sync-conflict');
    await app.page.reload();

    const nav = app.page.getByRole('navigation', { name: 'Library' });
    await nav.getByRole('treeitem', { name: /Toil/ }).click();
    await app.page.getByRole('textbox', { name: 'Notes' }).waitFor();
    await expect(app.page.getByRole('complementary').count()).resolves.toBe(0);

    await nav.getByRole('treeitem', { name: /Error budgets/ }).click();
    const about = app.page.getByRole('complementary', { name: 'About this note’s file' });
    await about.waitFor();
    await expect(about.textContent()).resolves.toContain(
      `Another version of these notes is kept beside them, in ${copy}:`,
    );
  });
});
