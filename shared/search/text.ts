/**
 * How search sees words, shared by the index, the snippets and the renderer
 * (which highlights the same words in the editor): letters and digits in
 * runs, lower-cased, accents folded, so `Amélie` is found by `amelie`.
 */

/** A word of a text with its place: `[start, end)` are UTF-16 offsets into the text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const PLAIN = /^[a-z0-9]*$/;

/** Lower-cases and folds accents; cheap for the common all-ASCII word. */
export function normalizeTerm(word: string): string {
  const lower = word.toLowerCase();
  return PLAIN.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

/** Every word of `text` (or only those `keep` accepts), normalized, with its offsets. */
export function tokenize(text: string, keep?: (term: string) => boolean): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normalizeTerm(match[0]);
    if (!keep || keep(term))
      tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The normalized words of `text`, for the index. */
export function terms(text: string): string[] {
  return (text.match(WORD) ?? []).map(normalizeTerm);
}

/** Normalizes a whole phrase or name for comparing (`Liz Fong-Jones` → `liz fong jones`). */
export function normalizePhrase(text: string): string {
  return terms(text).join(' ');
}

/**
 * Words too common to be worth an index entry: each would list nearly every
 * note, costing memory and time while ranking nothing. They still count
 * inside quoted phrases, which are checked against the note's text.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by do for from has have he her his i if in into is it its ' +
    'me my not of on or our she so than that the their them then there these they this ' +
    'to too us was we were what when which who will with you your'
  ).split(' '),
);
