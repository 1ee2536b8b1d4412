import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitSaved, type AppUnderTest } from './harness';

/** A long talk typed as bullets: a heading and 40 nested bullets per part, ~6,000 words. */
const LONG_NOTE = Array.from({ length: 15 }, (_, part) => {
  const bullets = Array.from(
    { length: 40 },
    (_, k) => `${'  '.repeat(k % 3)}- point ${k} of part ${part}: what the speaker said about it`,
  );
  return `## Part ${part}\n\n${bullets.join('\n')}\n`;
}).join('\n');

/**
 * A long note opens with only its first screen laid out (plugins/deferredBlocks.ts); the rest
 * is laid out while the window is idle, or at once on the first key.
 */
describe('opening a long note', () => {
  let app: AppUnderTest;
  let file: string;
  beforeAll(async () => {
    app = await startApp();
    const { library } = app.preview.services;
    const conference = await library.createConference({ title: 'DevOpsDays 2024' });
    await library.createTalk(conference.id, { title: 'Short talk' }, 'Short.\n');
    const talk = await library.createTalk(conference.id, { title: 'Long talk' }, LONG_NOTE);
    file = join(library.root, (await library.readTalk(talk.id)).path);
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  const notes = () => app.page.getByRole('textbox', { name: 'Notes' });
  const open = async (title: RegExp) => {
    await app.page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('treeitem', { name: title })
      .click();
    await app.page.waitForFunction(
      () =>
        document.querySelector('[aria-label="Notes"]')?.getAttribute('contenteditable') === 'true',
    );
  };

  it('Ctrl+End before the window was ever idle goes to the end of the note, as typed on disk', async () => {
    // Busy tasks back to back: no idle moment, so nothing deferred has been laid out yet.
    await app.page.evaluate(() => {
      const busy = setInterval(() => {
        const until = performance.now() + 40;
        while (performance.now() < until);
      }, 0);
      (window as unknown as { idleAgain: () => void }).idleAgain = () => clearInterval(busy);
    });
    await open(/Long talk/);
    await notes().focus();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.type(' and the last word');
    await app.page.evaluate(() => (window as unknown as { idleAgain: () => void }).idleAgain());
    await waitSaved(app.page);
    const text = await readFile(file, 'utf8');
    expect(
      text.endsWith('point 39 of part 14: what the speaker said about it and the last word\n'),
    ).toBe(true);
  });

  it('lays out every block once the window has been idle', async () => {
    await open(/Short talk/);
    await open(/Long talk/);
    await app.page.waitForFunction(
      () => {
        const blocks = [...(document.querySelector('[aria-label="Notes"]')?.children ?? [])];
        return (
          blocks.length === 30 &&
          blocks.every((block) =>
            block.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }),
          )
        );
      },
      undefined,
      { timeout: 10_000 },
    );
    expect(app.pageErrors).toEqual([]);
  });
});
