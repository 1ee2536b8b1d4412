import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startApp } from '../e2e/harness';
import { benchNote, type NoteShape } from './benchNote';
import { editorTargets, printTargets, type ScenarioFigures } from './editorTargets';
import { diskTimes, notesBox, openTimes } from './noteTimes';
import { percentile, typingAgainstFloors, type TypingFigures } from './typingLatency';

/**
 * `npm run bench -- editor [--only prose,talk,bullets] [--keys 200] [--words N --shape prose|bullets]`:
 * long notes in Debian's Chromium against the preview server. Each scenario
 * measures what its target needs:
 * - prose: a 20,000-word note; the time to open it (from the click to the
 *   end of the first frame holding the note's last words), keystroke → next paint
 *   (Event Timing, and a rAF probe as a cross check) in the editor and, in
 *   the same run, in the browser's floors (typingLatency.ts), and keystroke
 *   → on disk after a pause;
 * - talk: a 5,000-word note (a long talk); keystroke → next paint, with its floors;
 * - bullets: a 20,000-word note, each talk a heading and 60 nested bullets; opening it.
 * `--words`/`--shape` run one custom scenario measuring everything. Prints
 * figures, then the targets with their results; the last line is one JSON
 * object. Needs dist/renderer (npm run build:renderer).
 */
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    keys: { type: 'string', default: '200' },
    words: { type: 'string' },
    shape: { type: 'string' },
  },
});
const keyCount = Number(values.keys);

type Measure = 'open' | 'typing' | 'disk';

interface Scenario {
  name: string;
  /** The note's title in the sidebar; no title is a prefix of another. */
  title: string;
  words: number;
  shape: NoteShape;
  measures: Measure[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'prose',
    title: 'Prose note',
    words: 20_000,
    shape: 'prose',
    measures: ['open', 'typing', 'disk'],
  },
  { name: 'talk', title: 'Long talk', words: 5_000, shape: 'prose', measures: ['typing'] },
  { name: 'bullets', title: 'Bullets note', words: 20_000, shape: 'bullets', measures: ['open'] },
];

function chosenScenarios(): Scenario[] {
  if (values.words || values.shape) {
    const shape = (values.shape ?? 'prose') as NoteShape;
    const words = Number(values.words ?? 20_000);
    return [
      { name: 'custom', title: 'Custom note', words, shape, measures: ['open', 'typing', 'disk'] },
    ];
  }
  const only = values.only?.split(',');
  return SCENARIOS.filter((scenario) => !only || only.includes(scenario.name));
}

const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const scenarios = chosenScenarios();
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
  await library.createTalk(
    conference.id,
    { title: 'Small note', starts: '2021-10-28T09:00:00Z' },
    'Short.\n',
  );
  const notes = [];
  for (const [index, scenario] of scenarios.entries()) {
    const body = await benchNote(scenario.words, scenario.shape);
    const starts = `2021-10-28T1${index}:00:00Z`;
    const talk = await library.createTalk(conference.id, { title: scenario.title, starts }, body);
    const lastWord = body.trim().split(/\s+/).at(-1)!.replace(/\W+$/, '');
    notes.push({ scenario, talk, lastWord });
  }
  await page.reload();
  console.log(`load average at start: ${loadAverage()}`);

  const results: Record<string, ScenarioFigures> = {};
  for (const { scenario, talk, lastWord } of notes) {
    const figures: ScenarioFigures = { words: scenario.words, shape: scenario.shape };
    const opened = await openTimes(
      page,
      scenario.title,
      lastWord,
      scenario.measures.includes('open') ? 4 : 1,
    );
    if (scenario.measures.includes('open')) {
      const painted = opened.map((open) => open.painted);
      figures.openMs = Math.round(percentile(painted, 50));
      figures.openMaxMs = Math.round(Math.max(...painted));
      figures.openContentMs = Math.round(
        percentile(
          opened.map((open) => open.content),
          50,
        ),
      );
    }
    if (scenario.measures.includes('typing')) {
      const { editor, floors } = await typingAgainstFloors(page, notesBox, keyCount);
      // The editor's keys before and after the floors, so that drift in the machine's speed shows.
      figures.typing = editor;
      figures.floors = floors;
    }
    if (scenario.measures.includes('disk')) {
      const file = join(library.root, (await library.readTalk(talk.id)).path);
      const diskMs = await diskTimes(page, file);
      figures.diskAfterPauseMs = Math.round(percentile(diskMs, 50));
      figures.diskAfterPauseMaxMs = Math.round(Math.max(...diskMs));
    }
    results[scenario.name] = figures;
    printScenario(scenario, figures);
  }
  console.log(`load average at end: ${loadAverage()}`);
  const targets = editorTargets(results);
  printTargets(targets);
  console.log(
    JSON.stringify({
      keys: keyCount,
      parseWorkers,
      loadAverage: loadavg(),
      scenarios: results,
      targets,
    }),
  );
} finally {
  await app.close();
}

function printScenario(scenario: Scenario, figures: ScenarioFigures): void {
  const keys = (f: TypingFigures) =>
    `p95 ≤ ${f.p95} ms, ${f.over16} of ${keyCount} keys over 16 ms, ${f.atLeast24} at 24 or more`;
  console.log(`${scenario.name}: ${scenario.words} words (${scenario.shape})`);
  if (figures.openMs !== undefined)
    console.log(
      `  open ${figures.openMs} ms to painted (max ${figures.openMaxMs}), the whole note in the DOM at ${figures.openContentMs} ms`,
    );
  if (figures.typing) {
    const [first, again] = figures.typing;
    console.log(`  keystroke→paint, the editor: ${keys(first)}; again: ${keys(again)}`);
    for (const [name, floor] of Object.entries(figures.floors ?? {}))
      console.log(`    no app, ${name}: ${keys(floor)}`);
  }
  if (figures.diskAfterPauseMs !== undefined)
    console.log(`  disk ${figures.diskAfterPauseMs} ms (max ${figures.diskAfterPauseMaxMs})`);
}
