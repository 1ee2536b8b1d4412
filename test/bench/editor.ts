import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startApp } from '../e2e/harness';
import { sharedNotesDir } from '../helpers/sharedFixtures';
import { browserFloors, measureTyping, percentile } from './typingLatency';

/**
 * `npm run bench -- editor [--words 20000] [--keys 200] [--shape prose|bullets]`: a note of
 * 20,000 words in Debian's Chromium against the preview server, measuring
 * keystroke → next paint (Event Timing API, and a rAF probe as a cross
 * check), the time to open the note, and keystroke → on disk after a pause.
 * Targets: p95 ≤ 16 ms, open ≤ 300 ms, disk ≤ 500 ms. Prints figures; the
 * last line is one JSON object. Needs dist/renderer (npm run build:renderer).
 */
const { values } = parseArgs({
  options: {
    words: { type: 'string', default: '20000' },
    keys: { type: 'string', default: '200' },
    // prose: paragraphs with a few short lists; bullets: each talk a heading and a nested list.
    shape: { type: 'string', default: 'prose' },
  },
});
const wordCount = Number(values.words);
const keyCount = Number(values.keys);

/** Realistic notes: words from the attendees' own write-ups, in headings, paragraphs and lists. */
async function bigNote(words: number, shape: string): Promise<string> {
  const dir = sharedNotesDir();
  const texts = await Promise.all(
    (await readdir(dir)).map((name) => readFile(join(dir, name), 'utf8')),
  );
  const vocabulary = texts
    .join(' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z][A-Za-z'-]*[a-z]$/.test(w));
  const blocks: string[] = [];
  let written = 0;
  for (let i = 0; written < words; i++) {
    const take = (n: number) => {
      written += n;
      return Array.from(
        { length: n },
        (_, k) => vocabulary[(i * 97 + k * 31) % vocabulary.length],
      ).join(' ');
    };
    if (shape === 'bullets') {
      // A talk: its heading, then 60 bullets nested up to three deep, as people type them live.
      const bullets = Array.from({ length: 60 }, (_, k) => `${'  '.repeat(k % 3)}- ${take(10)}`);
      blocks.push(`## ${take(4)}`, bullets.join('\n'));
    } else if (i % 12 === 0) blocks.push(`## ${take(4)}`);
    else if (i % 5 === 0) blocks.push([1, 2, 3].map(() => `- ${take(8)}`).join('\n'));
    else blocks.push(`${take(50)}.`);
  }
  return `${blocks.join('\n\n')}\n`;
}

const app = await startApp();
try {
  const { page, preview } = app;
  const { library } = preview.services;
  // A long note is parsed in Web Workers; should they fail to start, it is parsed on the main thread.
  let parseWorkers = 0;
  page.on('worker', (worker) => {
    if (worker.url().includes('parseWorker')) parseWorkers++;
  });
  const conference = await library.createConference({
    title: 'Bench conference',
    starts: '2021-10-28',
  });
  const body = await bigNote(wordCount, values.shape);
  const big = await library.createTalk(
    conference.id,
    { title: 'Big note', starts: '2021-10-28T10:00:00Z' },
    body,
  );
  await library.createTalk(
    conference.id,
    { title: 'Small note', starts: '2021-10-28T11:00:00Z' },
    'Short.\n',
  );
  const lastWord = body.trim().split(/\s+/).at(-1)!.replace(/\W+$/, '');
  await page.reload();
  const nav = page.getByRole('navigation', { name: 'Library' });

  // Opening: from the click to the note's last words in the editor, a few times.
  const openMs: number[] = [];
  for (let round = 0; round < 4; round++) {
    await nav.getByRole('treeitem', { name: /Small note/ }).click();
    await page.waitForFunction(() =>
      document.querySelector('[aria-label="Notes"]')?.textContent?.includes('Short.'),
    );
    const started = performance.now();
    await nav.getByRole('treeitem', { name: /Big note/ }).click();
    await page.waitForFunction(
      (word) =>
        (
          document.querySelector('[aria-label="Notes"]')?.lastElementChild?.textContent ?? ''
        ).includes(word),
      lastWord,
      { polling: 'raf' },
    );
    openMs.push(performance.now() - started);
  }

  // The editor's keys before and after the browser's floors, so that a drift in the machine's
  // speed during the run shows up as a difference between the two.
  const typing = await measureTyping(page, '[aria-label="Notes"]', keyCount, true);
  const floors = await browserFloors(page, '[aria-label="Notes"]', keyCount);
  const typingAgain = await measureTyping(page, '[aria-label="Notes"]', keyCount, true);

  // Disk: one key, then a pause; from the key to the file containing it.
  const diskMs: number[] = [];
  const file = join(preview.services.library.root, (await library.readTalk(big.id)).path);
  for (let round = 0; round < 5; round++) {
    const marker = `zq${round}x`;
    const started = performance.now();
    await page.keyboard.type(marker);
    while (!(await readFile(file, 'utf8')).includes(marker))
      await new Promise((resolve) => setTimeout(resolve, 5));
    diskMs.push(performance.now() - started);
    await page.waitForTimeout(300);
  }

  const figures = {
    words: wordCount,
    shape: values.shape,
    keys: keyCount,
    keystrokeToPaintP95Ms: Math.max(typing.p95, typingAgain.p95),
    keystrokeEventsOver16Ms: [typing.over16, typingAgain.over16],
    keystrokeEventsAtLeast24Ms: [typing.atLeast24, typingAgain.atLeast24],
    rafProbeP50Ms: typing.probeP50,
    rafProbeP95Ms: typing.probeP95,
    // The same keys with no app: see browserFloors.
    floors: Object.fromEntries(
      Object.entries(floors).map(([name, floor]) => [
        name,
        { p95: floor.p95, over16: floor.over16, atLeast24: floor.atLeast24 },
      ]),
    ),
    openMs: Math.round(percentile(openMs, 50)),
    openMaxMs: Math.round(Math.max(...openMs)),
    diskAfterPauseMs: Math.round(percentile(diskMs, 50)),
    diskAfterPauseMaxMs: Math.round(Math.max(...diskMs)),
    parseWorkers,
    targets: { keystrokeToPaintP95Ms: 16, openMs: 300, diskAfterPauseMs: 500 },
  };
  const keys = (f: { p95: number; over16: number; atLeast24: number }) =>
    `p95 ≤ ${f.p95} ms, ${f.over16} of ${keyCount} keys over 16 ms, ${f.atLeast24} at 24 or more`;
  console.log(
    `open ${figures.openMs} ms (max ${figures.openMaxMs}), disk ${figures.diskAfterPauseMs} ms (max ${figures.diskAfterPauseMaxMs})`,
  );
  console.log(`keystroke→paint, the editor: ${keys(typing)}; again: ${keys(typingAgain)}`);
  for (const [name, floor] of Object.entries(floors))
    console.log(`  no app, ${name}: ${keys(floor)}`);
  console.log(JSON.stringify(figures));
} finally {
  await app.close();
}
