import { diffLines } from 'diff';
import type { DiffLine } from '../../../shared/history';

/** Unchanged lines shown around each change. */
const CONTEXT = 3;

/** The line-by-line difference from `before` to `after`, unchanged stretches cut to their edges. */
export function noteDiff(before: string, after: string): DiffLine[] {
  const lines: Array<{ kind: 'same' | 'added' | 'removed'; text: string }> = [];
  for (const part of diffLines(before, after)) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    for (const text of part.value.replace(/\n$/, '').split('\n')) lines.push({ kind, text });
  }
  const near = new Array<boolean>(lines.length).fill(false);
  lines.forEach((line, i) => {
    if (line.kind === 'same') return;
    for (let j = Math.max(0, i - CONTEXT); j <= Math.min(lines.length - 1, i + CONTEXT); j++) {
      near[j] = true;
    }
  });
  const result: DiffLine[] = [];
  let skipped = 0;
  lines.forEach((line, i) => {
    if (near[i]) {
      if (skipped > 0) result.push({ kind: 'skip', count: skipped });
      skipped = 0;
      result.push(line);
    } else skipped++;
  });
  if (skipped > 0) result.push({ kind: 'skip', count: skipped });
  return result;
}
