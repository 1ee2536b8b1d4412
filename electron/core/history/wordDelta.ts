/**
 * Words, for counting what a version added and removed: runs of letters and
 * digits (with inner apostrophes) in scripts that space their words, and
 * each character of Chinese and Japanese, which do not.
 */
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+(?:['’](?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+)*/gu;

export function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * Words added and removed between two texts, as multisets: a word typed
 * twice counts twice, a paragraph moved counts as neither. Linear in the
 * texts (a sequence diff of a 20,000-word note per version would not fit a
 * history that lists a hundred versions at once).
 */
export function wordDelta(
  before: Map<string, number>,
  after: Map<string, number>,
): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const [word, count] of after) added += Math.max(0, count - (before.get(word) ?? 0));
  for (const [word, count] of before) removed += Math.max(0, count - (after.get(word) ?? 0));
  return { added, removed };
}
