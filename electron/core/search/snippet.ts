import { findTerms } from '../../../shared/search/findTerms';
import { tokenize, type Token } from '../../../shared/search/text';
import type { MatchLocation } from '../../../shared/search/types';

/**
 * Snippets are computed here because MiniSearch keeps no positions: the
 * hit's text is tokenized again the way it was indexed, and the words the
 * index matched (exact, prefix or fuzzy forms alike) are found in it.
 */
export interface Snippet {
  snippet: string;
  highlights: Array<[number, number]>;
  match: MatchLocation | null;
}

const WIDTH = 180;
const LEAD = 50;
/** Matches are looked for in the first 256 K characters: enough for any note a person typed. */
const SCAN_LIMIT = 256 * 1024;

/**
 * How much a matched word counts when choosing the passage: the word as
 * typed above a longer word it starts, above a typo's correction.
 */
export function matchWeights(
  matched: Iterable<string>,
  typed: readonly string[],
): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of matched) {
    weights.set(term, typed.includes(term) ? 3 : typed.some((t) => term.startsWith(t)) ? 2 : 1);
  }
  return weights;
}

/**
 * The passage with the most (and best) different matched words, then the
 * most matches, cut at word boundaries; `phrases` are term sequences that
 * count only where they appear in order.
 */
export function makeSnippet(
  text: string,
  matched: ReadonlyMap<string, number>,
  phrases: string[][] = [],
): Snippet {
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  // Without phrases only matched words matter: skip allocating the others (snippets run per hit shown).
  const tokens =
    phrases.length > 0 ? tokenize(scanned) : findTerms(scanned, new Set(matched.keys()));
  const marks = markTokens(tokens, matched, phrases);
  if (marks.length === 0) return { ...cut(text, 0, []), match: null };

  let best = { score: -1, first: 0 };
  for (let i = 0, j = 0; i < marks.length; i++) {
    while (j < marks.length && tokens[marks[j]].end - tokens[marks[i]].start <= WIDTH - LEAD) j++;
    const window = marks.slice(i, j);
    const distinct = new Set(window.map((m) => tokens[m].term));
    const score =
      [...distinct].reduce((sum, term) => sum + (matched.get(term) ?? 3), 0) * 100 + window.length;
    if (score > best.score) best = { score, first: i };
  }
  const first = tokens[marks[best.first]];
  const occurrence = tokens.slice(0, marks[best.first]).filter((t) => t.term === first.term).length;
  const start = wordStart(text, Math.max(0, first.start - LEAD));
  const spans = marks.map((m) => tokens[m]).map((t): [number, number] => [t.start, t.end]);
  return {
    ...cut(text, start, spans),
    match: { text: text.slice(first.start, first.end), occurrence, textOffset: first.start },
  };
}

/** Offsets of `text`'s words that are in `matched`, for highlighting titles. */
export function highlightWords(
  text: string,
  matched: ReadonlySet<string>,
): Array<[number, number]> {
  return tokenize(text)
    .filter((t) => matched.has(t.term))
    .map((t) => [t.start, t.end]);
}

function markTokens(
  tokens: Token[],
  matched: ReadonlyMap<string, number>,
  phrases: string[][],
): number[] {
  const marked = new Set<number>();
  tokens.forEach((token, i) => matched.has(token.term) && marked.add(i));
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((term, k) => tokens[i + k].term === term))
        phrase.forEach((_, k) => marked.add(i + k));
    }
  }
  return [...marked].sort((a, b) => a - b);
}

/** Moves `offset` forward to the start of a word, unless it is already at one. */
function wordStart(text: string, offset: number): number {
  if (offset === 0 || /\s/.test(text[offset - 1])) return offset;
  const space = text.slice(offset, offset + 30).search(/\s/);
  return space < 0 ? offset : offset + space + 1;
}

function cut(text: string, start: number, spans: Array<[number, number]>): Omit<Snippet, 'match'> {
  let end = Math.min(text.length, start + WIDTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + WIDTH / 2) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const snippet = prefix + text.slice(start, end).replace(/\s/g, ' ') + suffix;
  const highlights = spans
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start + prefix.length, e - start + prefix.length]);
  return { snippet, highlights };
}
