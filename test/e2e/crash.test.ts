import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitSaved, type AppUnderTest } from './harness';

/**
 * The renderer crashes while the user types (issue 8): nothing gets a
 * chance to flush (no pagehide, no flush request), so what is on disk is
 * what autosave had written. NoteSaver saves at least once a second while
 * typing goes on (`maxWaitMs` 1000 in renderer/app/noteSaver.ts), so at most
 * that window of typing may be lost; we allow the write's own time on top.
 * Then the app is opened again, as Reload does (the shell test proves the
 * Reload offer), and the note shows what was saved.
 */
const AUTOSAVE_MAX_WAIT_MS = 1000;
/** The last save's own round trip: the HTTP call, the atomic write. */
const WRITE_ALLOWANCE_MS = 500;

describe('a renderer crash while typing (issue 8)', () => {
  let app: AppUnderTest;
  let talkId: string;
  beforeAll(async () => {
    app = await startApp();
    const { library } = app.preview.services;
    const conference = await library.createConference({ title: 'KubeCon', starts: '2024-03-19' });
    const talk = await library.createTalk(conference.id, { title: 'Crash loops' }, 'Start.\n');
    talkId = talk.id;
    await app.page.reload();
    await app.page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('treeitem', { name: /Crash loops/ })
      .click();
    await app.page.getByRole('textbox', { name: 'Notes' }).waitFor();
    await waitSaved(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loses at most the last autosave window, and reopens with what was saved', async () => {
    const { page } = app;
    await page.getByRole('textbox', { name: 'Notes' }).focus();
    await page.keyboard.press('Control+End');
    // Type without a pause longer than the autosave debounce, for a few seconds.
    const typed: Array<{ word: string; at: number }> = [];
    const started = Date.now();
    for (let n = 1; Date.now() - started < 3500; n++) {
      const word = `w${String(n).padStart(4, '0')}`;
      await page.keyboard.type(` ${word}`);
      typed.push({ word, at: Date.now() });
    }
    const crashedAt = Date.now();
    const crashed = page.waitForEvent('crash');
    const cdp = await page.context().newCDPSession(page);
    // The renderer dies at once; the call itself never answers.
    void cdp.send('Page.crash').catch(() => {});
    await crashed;

    // A save already on its way may still land; then the file stays as it is.
    let body = '';
    for (let stable = 0; stable < 5;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const next = (await app.preview.services.library.readTalk(talkId)).body;
      stable = next === body ? stable + 1 : 0;
      body = next;
    }
    const doc = await app.preview.services.library.readTalk(talkId);
    expect(doc.problems).toEqual([]);
    expect(body.startsWith('Start.')).toBe(true);

    // What is on disk is what was typed, cut somewhere: nothing garbled or skipped.
    const all = `Start.${typed.map((t) => ` ${t.word}`).join('')}`;
    const kept = body.trimEnd();
    expect(all.startsWith(kept), `${kept.slice(-80)} is not a prefix of what was typed`).toBe(true);
    // Typing went on long enough that autosave had to save during it.
    const whole = typed.filter(
      (_, i) =>
        `Start.${typed
          .slice(0, i + 1)
          .map((t) => ` ${t.word}`)
          .join('')}`.length <= kept.length,
    );
    expect(whole.length).toBeGreaterThan(0);
    // Everything typed after the last whole word on disk is lost: at most the autosave window.
    const lostSince = whole.at(-1)!.at;
    expect(
      crashedAt - lostSince,
      `${typed.length - whole.length} words lost, typed over the last ${crashedAt - lostSince} ms`,
    ).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS + WRITE_ALLOWANCE_MS);
    const lastSaved = whole.at(-1)!.word;
    console.log(
      `renderer crash while typing: ${typed.length} words typed, ${typed.length - whole.length} lost, the last ${crashedAt - lostSince} ms`,
    );

    // Reload: a new page on the app opens the note with the saved text.
    const again = await page.context().newPage();
    await again.goto(app.preview.url);
    await again
      .getByRole('navigation', { name: 'Library' })
      .getByRole('treeitem', { name: /Crash loops/ })
      .click();
    const notes = again.getByRole('textbox', { name: 'Notes' });
    await notes.waitFor();
    await again.waitForFunction(
      (word) => document.querySelector('[aria-label="Notes"]')?.textContent?.includes(word),
      lastSaved,
    );
    const shown = (await notes.textContent()) ?? '';
    expect(shown.replace(/\s+/g, ' ').trim()).toBe(body.replace(/\s+/g, ' ').trim());
    await again.close();
  });
});
