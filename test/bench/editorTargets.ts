import type { NoteShape } from './benchNote';
import type { TypingFigures } from './typingLatency';

export interface ScenarioFigures {
  words: number;
  shape: NoteShape;
  /** Median of four opens, click → the end of the first frame holding the whole note. */
  openMs?: number;
  openMaxMs?: number;
  /** Median of the same opens, click → the whole note in the DOM (that frame's style and layout still to come). */
  openContentMs?: number;
  /** The editor's keys before and after the floors, so that drift in the machine's speed shows. */
  typing?: [TypingFigures, TypingFigures];
  floors?: Record<string, TypingFigures>;
  diskAfterPauseMs?: number;
  diskAfterPauseMaxMs?: number;
}

export interface TargetResult {
  /** What is measured, in words. */
  target: string;
  value: number;
  limit: number;
  unit: string;
  met: boolean;
  /** The same run's figures the value comes from. */
  detail: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The editor's targets (issue #16), each from figures of this one run:
 * - prose: the editor's keys at 24 ms or more (the mean of its two rounds)
 *   ≤ 1.5 × the plain contenteditable copy's, counted as at least 1 key;
 * - talk: keystroke → paint p95 ≤ 16 ms, the worse of the editor's two rounds;
 * - bullets: opening ≤ 300 ms, click → painted (median of four).
 * A scenario not run has no target.
 */
export function editorTargets(results: Record<string, ScenarioFigures>): TargetResult[] {
  const targets: TargetResult[] = [];
  const { prose, talk, bullets } = results;
  if (prose?.typing && prose.floors) {
    const editor = (prose.typing[0].atLeast24 + prose.typing[1].atLeast24) / 2;
    const copy = prose.floors.noteContentEditable.atLeast24;
    const value = round(editor / Math.max(1, copy));
    targets.push({
      target: `${prose.words}-word prose note: keys at 24 ms or more, the editor against the plain contenteditable copy`,
      value,
      limit: 1.5,
      unit: '×',
      met: value <= 1.5,
      detail: `the editor ${prose.typing[0].atLeast24} and ${prose.typing[1].atLeast24}, the copy ${copy}, a textarea holding the note ${prose.floors.noteTextarea.atLeast24}`,
    });
  }
  if (talk?.typing) {
    const value = Math.max(talk.typing[0].p95, talk.typing[1].p95);
    const floors = talk.floors ?? {};
    targets.push({
      target: `${talk.words}-word note (a long talk): keystroke → paint p95`,
      value,
      limit: 16,
      unit: 'ms',
      met: value <= 16,
      detail:
        `the editor ${talk.typing[0].p95} and ${talk.typing[1].p95} ms; in the same run ` +
        Object.entries(floors)
          .map(([name, floor]) => `${name} ${floor.p95} ms`)
          .join(', '),
    });
  }
  if (bullets?.openMs !== undefined) {
    targets.push({
      target: `${bullets.words}-word bullets note: open, click → painted (median of 4)`,
      value: bullets.openMs,
      limit: 300,
      unit: 'ms',
      met: bullets.openMs <= 300,
      detail: `slowest ${bullets.openMaxMs} ms; the whole note in the DOM at ${bullets.openContentMs} ms`,
    });
  }
  return targets;
}

export function printTargets(targets: TargetResult[]): void {
  console.log('targets:');
  for (const t of targets) {
    const verdict = t.met ? 'met' : 'NOT MET';
    console.log(`  ${t.target}: ${t.value} ${t.unit} (target ≤ ${t.limit} ${t.unit}): ${verdict}`);
    console.log(`    ${t.detail}`);
  }
}
