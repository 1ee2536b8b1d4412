import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../../electron/cli';
import { sharedRealworldDir } from '../helpers/sharedFixtures';
import {
  scoreFile,
  type FileScore,
  type FoundConference,
  type LabelledFile,
} from './importQualityScore';

/**
 * `npm run bench -- import-quality [--corpus DIR] [--detail] [--only 05,11]`:
 * imports each labelled write-up of a corpus (by default the twelve in
 * ../shared/fixtures/realworld; `--corpus` names any folder holding a
 * `labels.json` of the same shape, e.g. a held-out set kept outside the
 * repository) with the CLI's `import --dry-run --json` (into an empty
 * library), compares the result with the labels (rules in
 * importQualityScore.ts) and prints one JSON line: talk recall and precision,
 * speakers exact among matched talks, conference title and year right. A
 * label's `file` may name a folder (a folder of one-talk notes). Per-file
 * figures go to stderr; `--detail` adds the missed talks, the extra ones and
 * the wrong speakers.
 * Targets (issue 15): recall ≥ 90%, precision ≥ 90%, speakers ≥ 85%, title
 * and year right in ≥ 11 of 12 files.
 */
const { values } = parseArgs({
  options: {
    detail: { type: 'boolean', default: false },
    only: { type: 'string' },
    corpus: { type: 'string' },
  },
});
const dir = values.corpus ? resolve(values.corpus) : sharedRealworldDir();
const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as LabelledFile[];
const only = values.only?.split(',').map((s) => s.trim());
const chosen = only ? labels.filter((l) => only.some((o) => l.file.startsWith(o))) : labels;

const scratch = await mkdtemp(join(tmpdir(), 'confnotes-bench-quality-'));
process.env.CONFNOTES_DATA = join(scratch, 'data');
const scores: FileScore[] = [];
const started = performance.now();
try {
  for (const label of chosen) {
    const out: string[] = [];
    const err: string[] = [];
    const args = ['import', join(dir, label.file), '--dry-run', '--json'];
    const code = await runCli([...args, '--library', join(scratch, 'library')], {
      out: (t: string) => out.push(t),
      err: (t: string) => err.push(t),
    });
    let conferences: FoundConference[] = [];
    if (code === 0)
      conferences = (JSON.parse(out.join('\n')) as { conferences: FoundConference[] }).conferences;
    else console.error(`${label.file}: import failed (${code}): ${err.join(' ')}`);
    const score = scoreFile(label, conferences);
    scores.push(score);
    report(score);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

function report(s: FileScore): void {
  console.error(
    `${s.file.slice(-38).padEnd(38)} talks ${s.matched}/${s.labelled} found ${s.found} ` +
      `speakers ${s.speakersExact}/${s.matched} conference ${s.titleRight ? '✔' : '✘'}${s.yearRight ? '✔' : '✘'} ` +
      `"${s.conferenceTitle}" ${s.conferenceYear ?? '-'}`,
  );
  if (!values.detail) return;
  for (const title of s.missed) console.error(`    missed: ${title}`);
  for (const title of s.extra) console.error(`    extra:  ${title}`);
  for (const w of s.wrongSpeakers) {
    console.error(
      `    speakers of "${w.title}": [${w.found.join('; ')}] ≠ [${w.labelled.join('; ')}]`,
    );
  }
}

const sum = (pick: (s: FileScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
const matched = sum((s) => s.matched);
const result = {
  bench: 'import-quality',
  corpus: values.corpus ? dir : 'realworld',
  files: scores.length,
  labelledTalks: sum((s) => s.labelled),
  foundTalks: sum((s) => s.found),
  recall: percent(
    matched,
    sum((s) => s.labelled),
  ),
  precision: percent(
    matched,
    sum((s) => s.found - s.matchedOptional),
  ),
  speakersExact: percent(
    sum((s) => s.speakersExact),
    matched,
  ),
  conferenceTitleRight: scores.filter((s) => s.titleRight).length,
  conferenceYearRight: scores.filter((s) => s.yearRight).length,
  ms: Math.round(performance.now() - started),
};
console.error(
  `recall ${result.recall}% (target ≥ 90), precision ${result.precision}% (≥ 90), ` +
    `speakers exact ${result.speakersExact}% (≥ 85), conference title ${result.conferenceTitleRight}/${scores.length}, ` +
    `year ${result.conferenceYearRight}/${scores.length} (≥ 11)`,
);
console.log(JSON.stringify(result));
