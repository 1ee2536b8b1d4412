import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitSaved, type AppUnderTest } from './harness';

/**
 * Quitting every way ends in the same request (issue 8): main sends
 * `app.onFlushRequest` and waits for the renderer's `app.flushed` before the
 * window closes or the app quits (electron/shell/flush.ts; the shell tests
 * prove every way of quitting asks). Here the real renderer in Chromium gets
 * that request, over the preview server, right after the last keystroke: by
 * the time it answers, every keystroke is on disk, well before the autosave
 * pause would have saved it.
 */
describe('quitting in the window (issue 8)', () => {
  let app: AppUnderTest;
  let talkId: string;
  beforeAll(async () => {
    app = await startApp();
    const { library } = app.preview.services;
    const conference = await library.createConference({ title: 'QCon', starts: '2024-04-08' });
    const talk = await library.createTalk(
      conference.id,
      { title: 'Graceful shutdown' },
      'Notes.\n',
    );
    talkId = talk.id;
    await app.page.reload();
    await app.page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('treeitem', { name: /Graceful shutdown/ })
      .click();
    await app.page.getByRole('textbox', { name: 'Notes' }).waitFor();
    await waitSaved(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has every keystroke on disk when the renderer answers the flush request', async () => {
    const { page } = app;
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.focus();
    await page.keyboard.press('Control+End');
    for (let round = 1; round <= 3; round++) {
      const typed = ` Round ${round}: sigterm arrives mid-sentence`;
      await page.keyboard.type(typed);
      // At once, as main does when the user quits: no autosave pause has passed.
      const outcome = await app.preview.requestFlush(5000);
      expect(outcome).toBe('flushed');
      const { body } = await app.preview.services.library.readTalk(talkId);
      expect(body).toContain(`Notes.${' Round 1: sigterm arrives mid-sentence'}`);
      expect(body.trimEnd().endsWith(typed.trimEnd()), body).toBe(true);
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('answers at once when nothing is unsaved, and writes nothing', async () => {
    const before = await app.preview.services.library.readTalk(talkId);
    await expect(app.preview.requestFlush(5000)).resolves.toBe('flushed');
    expect((await app.preview.services.library.readTalk(talkId)).revision).toBe(before.revision);
  });
});
