import { normalizeTerm, tokenize, type Token } from './text';

/**
 * The tokens of `text` whose term is in `terms`: what
 * `tokenize(text, (t) => terms.has(t))` gives, without normalizing every
 * word of the text. Snippets run this on each hit shown, and tokenizing a
 * whole note word by word was most of a query's time. The words are found
 * with one search of the lower-cased text for the (ASCII) terms; words with
 * a non-ASCII letter (`Café` is `cafe`) are few and tokenized one by one.
 */
export function findTerms(text: string, terms: ReadonlySet<string>): Token[] {
  const keep = (term: string) => terms.has(term);
  const lower = text.toLowerCase();
  const ascii = [...terms].filter((t) => ASCII_TERM.test(t));
  // A term with other letters, or a text whose lower case moved offsets: the plain way.
  if (ascii.length !== terms.size || lower.length !== text.length) return tokenize(text, keep);
  if (ascii.length === 0) return [];

  const tokens: Token[] = [];
  // Longest first: where a whole word matches, that alternative is the first to match. No
  // lookarounds for word edges in the pattern: with \p{…} classes, compiling each hit's new
  // pattern took ~2 ms (most of a query's time); the edges are checked on each match instead,
  // and a match inside a word (refused) spans no place a word starts.
  const alternatives = ascii.sort((a, b) => b.length - a.length).join('|');
  const pattern = new RegExp(`(?:${alternatives})`, 'g');
  for (const match of lower.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    // Part of a longer word (in the original: a non-ASCII letter may lower-case to ASCII).
    if (isWordChar(text, start - 1) || isWordChar(text, end)) continue;
    tokens.push({ term: match[0], start, end });
  }
  if (!NON_ASCII.test(text)) return tokens;

  // Words holding a non-ASCII letter or digit, each tokenized once, in place.
  const extra: Token[] = [];
  const seek = new RegExp(NON_ASCII_WORD_CHAR.source, 'gu');
  for (let found = seek.exec(text); found; found = seek.exec(text)) {
    let start = found.index;
    while (start > 0 && isWordChar(text, start - 1)) start--;
    let end = found.index;
    while (end < text.length && isWordChar(text, end)) end++;
    const term = normalizeTerm(text.slice(start, end));
    if (keep(term)) extra.push({ term, start, end });
    seek.lastIndex = end;
  }
  if (extra.length === 0) return tokens;
  // Both lists are in text order and never share a word: merge them.
  const merged = tokens.filter((t) => !extra.some((e) => e.start < t.end && t.start < e.end));
  return [...merged, ...extra].sort((a, b) => a.start - b.start);
}

const ASCII_TERM = /^[a-z0-9]+$/;
const NON_ASCII = /[^\0-\x7f]/;
const NON_ASCII_WORD_CHAR = /(?![\0-\x7f])[\p{L}\p{N}]/u;
const WORD_CHAR = /^[\p{L}\p{N}]/u;

/** Whether the character (code point) at UTF-16 offset `at` is a letter or digit. */
function isWordChar(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  // A low surrogate: judge the whole code point, starting at its high half.
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) {
    const high = text.charCodeAt(at - 1);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHAR.test(text.slice(at - 1, at + 1));
  }
  return WORD_CHAR.test(text.slice(at, at + 2));
}
