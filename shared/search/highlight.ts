/**
 * Wraps the highlighted ranges of a snippet in markers, `**term**` for the
 * command's output and Markdown. Ranges are `[start, end)` offsets as
 * SearchHit gives them; overlapping or unordered ranges are tolerated.
 */
export function markHighlights(
  text: string,
  highlights: ReadonlyArray<readonly [number, number]>,
  open = '**',
  close = open,
): string {
  const ranges = [...highlights].sort((a, b) => a[0] - b[0]);
  let result = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start || end > text.length) continue;
    result += `${text.slice(at, start)}${open}${text.slice(start, end)}${close}`;
    at = end;
  }
  return result + text.slice(at);
}

/**
 * The offset of the `occurrence`-th appearance (0-based) of `word` in `text`
 * as a whole word, case and accents ignored; -1 when there is none. The
 * editor uses it with a hit's `match` to scroll to the match.
 */
export function findOccurrence(text: string, word: string, occurrence: number): number {
  const wanted = fold(word);
  let seen = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (fold(match[0]) === wanted && seen++ === occurrence) return match.index;
  }
  return -1;
}

function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}
