/*
 * How a field's tokens changed between two versions of a note, looking at
 * the changed stretch only where it can (replaceDocument.ts applies it).
 * Tokenizing a whole note costs most of a millisecond per 5 KB, and a
 * save while typing changes a few words of it.
 */

/** A field's tokens (as the tokenizer gives them, before term processing) with their counts. */
export type TokenCounts = Map<string, number>;

/** A field's change: tokens gained (positive) and lost (negative), and its lengths before and after. */
export interface FieldChange {
  delta: TokenCounts;
  /** Distinct tokens, as MiniSearch counts a field's length. */
  oldLength: number;
  newLength: number;
  /** The new version's token counts, when known (they update the old ones in place). */
  commit: () => TokenCounts | undefined;
}

type Count = (text: string) => TokenCounts;

/** Below this many words gained or lost outright, looking for them beats tokenizing the note. */
const MAX_SEARCHED = 32;

/** Counts a field's tokens as its tokenizer gave them. */
export function countTokens(tokens: string[]): TokenCounts {
  const counts: TokenCounts = new Map();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** The change between two versions counted in full (the small fields: a title, speakers). */
export function wholeChange(old: TokenCounts, now: TokenCounts): FieldChange {
  const delta = new Map(now);
  for (const [token, times] of old) delta.set(token, (delta.get(token) ?? 0) - times);
  return { delta, oldLength: old.size, newLength: now.size, commit: () => now };
}

/**
 * The change given the old version's counts: only the changed stretch is
 * tokenized. Null when the counts cannot be the old version's.
 */
export function countedChange(
  tokens: TokenCounts,
  old: string,
  now: string,
  count: Count,
): FieldChange | null {
  const { delta } = stretchDelta(old, now, count);
  let newLength = tokens.size;
  for (const [token, change] of delta) {
    const had = tokens.get(token) ?? 0;
    if (had + change < 0) return null;
    if (had === 0 && change > 0) newLength++;
    else if (had > 0 && had + change === 0) newLength--;
  }
  const commit = () => {
    for (const [token, change] of delta) {
      const times = (tokens.get(token) ?? 0) + change;
      if (times === 0) tokens.delete(token);
      else tokens.set(token, times);
    }
    return tokens;
  };
  return { delta, oldLength: tokens.size, newLength, commit };
}

/**
 * The change without the old version's counts (a note's first save in a
 * session): the length MiniSearch recorded changes by the words the
 * changed stretch gains or loses outright, unless they occur outside it
 * too, which a search of the rest of the note tells. Only for the index's
 * tokenizer (`terms` in shared/search/text.ts: runs of letters and
 * digits, lower-cased, accents folded), which the search mirrors; and
 * only for notes whose words are all ASCII (else `Thé` would be `the`).
 * Null when it cannot be sure, or when there are too many words to look
 * for: then count in full.
 */
export function searchedChange(
  old: string,
  now: string,
  recordedLength: number,
  count: Count,
): FieldChange | null {
  if (hasOtherLetters(old)) return null;
  const { delta, gone, added, start, oldEnd } = stretchDelta(old, now, count);
  const flips = [
    ...[...gone.keys()].filter((token) => !added.has(token)),
    ...[...added.keys()].filter((token) => !gone.has(token)),
  ];
  if (flips.length > MAX_SEARCHED) return null;
  // With no letters beyond ASCII, lower-casing changes ASCII letters only, and every other
  // character separates words.
  const lower = flips.length > 0 ? old.toLowerCase() : old;
  if (lower.length !== old.length) return null;
  let newLength = recordedLength;
  for (const token of flips) {
    if (occursOutside(lower, token, start, oldEnd)) continue;
    newLength += added.has(token) ? 1 : -1;
  }
  return { delta, oldLength: recordedLength, newLength, commit: () => undefined };
}

/** Whether the text has letters or digits beyond ASCII (punctuation beyond it is passed quickly). */
function hasOtherLetters(text: string): boolean {
  for (const run of text.matchAll(/[^\0-\x7f]+/g)) if (/[\p{L}\p{N}]/u.test(run[0])) return true;
  return false;
}

/**
 * Whether `token` is a word of `text` (lower-cased, its words all ASCII)
 * outside `[start, end)`, whose edges no word crosses.
 */
function occursOutside(text: string, token: string, start: number, end: number): boolean {
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    if (at >= start && at < end) at = end - 1;
    else if (
      !isWordCode(text.charCodeAt(at - 1)) &&
      !isWordCode(text.charCodeAt(at + token.length))
    )
      return true;
  }
  return false;
}

/** An ASCII letter or digit (NaN, past either end, is not). */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** The changed stretch, its tokens before and after, and their difference. */
function stretchDelta(old: string, now: string, count: Count) {
  const { start, oldEnd, nowEnd } = changedStretch(old, now);
  const gone = count(old.slice(start, oldEnd));
  const added = count(now.slice(start, nowEnd));
  const delta = new Map(added);
  for (const [token, times] of gone) delta.set(token, (delta.get(token) ?? 0) - times);
  return { delta, gone, added, start, oldEnd };
}

/**
 * Where `old` and `now` differ: `[start, oldEnd)` of one became
 * `[start, nowEnd)` of the other, widened to whitespace so that no word
 * straddles its edges (the index's tokenizer, as MiniSearch's, splits at
 * whitespace), so the tokens outside are the same in both.
 */
function changedStretch(
  old: string,
  now: string,
): { start: number; oldEnd: number; nowEnd: number } {
  const limit = Math.min(old.length, now.length);
  let start = 0;
  while (start < limit && old.charCodeAt(start) === now.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < limit - start &&
    old.charCodeAt(old.length - 1 - end) === now.charCodeAt(now.length - 1 - end)
  )
    end++;
  while (start > 0 && !isSpace(old.charCodeAt(start - 1))) start--;
  while (end > 0 && !isSpace(old.charCodeAt(old.length - end))) end--;
  return { start, oldEnd: old.length - end, nowEnd: now.length - end };
}

/** ASCII whitespace: a separator for any tokenizer, and never half of a surrogate pair. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}
