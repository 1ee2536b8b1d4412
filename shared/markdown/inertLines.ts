/**
 * Most bytes of a note are words with no Markdown syntax at all, and the
 * parser (micromark with GFM) reads them at under 1 MB/s: it tries an email
 * autolink at every word. Its answer about a line's structure depends only
 * on the line's prefix (indentation, `>`, list markers, `#`) and on whether
 * non-blank, syntax-free content follows; so each such "inert" rest of a
 * line is handed to the parser as one placeholder character, and the walk
 * (hiddenWalk.ts) puts the words back where the placeholders come out as
 * text. A placeholder that comes out anywhere else (HTML, a link title,
 * front matter) makes the walk decline, and the note is parsed as written.
 *
 * A rest is inert when it holds no character that starts or ends an inline
 * construct, and does not start with a space or with what starts a block
 * (a setext underline, a table's delimiter row); right after a `*` it must
 * start with a letter or digit, which flank emphasis as the placeholder does
 * (neither punctuation nor space). The constructs that reach across lines,
 * where a later line's words could play another part, keep the rest of their
 * paragraph (up to a blank line) as written: an HTML tag not closed on its
 * line (its attributes go on), a bracket not closed on its line (a
 * reference's words decide whether it matches a definition), and after `](`
 * or `]:` any line with a quote or parenthesis (a title or destination may
 * close there).
 */

/** Stands in for an inert rest: private use, so neither punctuation nor whitespace to micromark. */
export const PLACEHOLDER = '\uE000';

/** Container and block markers a line may start with, and a task's checkbox. */
const PREFIX = /[ \t>\-+*#.)0-9]*(?:\[[ xX]\][ \t]+)?/y;
/** After a `*`, a rest flanks emphasis as the placeholder does only if it starts with a letter or digit. */
const WORD_START = /[\p{L}\p{N}]/uy;
/** Elsewhere a rest may start with anything but space or what starts a setext underline or a table's delimiter row. */
const PLAIN_START = /[^\s=:]/y;
/** Characters of inline syntax, and the starts of GFM's literal autolinks. */
const SYNTAX = /[`*_~[\]<>&\\|@#\0]|:\/\/|www\./i;
const BLANK = /^[ \t]*$/;
/** Tags closed on their line, attribute values quoted or not. */
const CLOSED_TAG = /<(?:[^<>"'`\n]|"[^"\n]*"|'[^'\n]*')*>/g;
const LINK_TAIL = /\]\(|\]:/;
/** What closes a link title or destination, or goes on an HTML attribute. */
const TITLE_CHARS = /["'()=]/;
const FENCE = /^---[ \t]*$/;
const ASTERISK = 42;
const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const BACKSLASH = 92;
const GRAVE = 96;
const LESS_THAN = 60;
const CLOSING_FENCE = /\n---[ \t]*(?:\n|$)/;

/** A note with its inert rests hidden, and what it takes to read the parser's answer back. */
export class InertText {
  /** Offset of each placeholder in `text`, ascending. */
  private readonly at: number[] = [];
  /** The rest each placeholder stands for. */
  private readonly rests: string[] = [];
  /** How far the original is ahead of `text` after each placeholder. */
  private readonly shift: number[] = [];
  /** The Markdown the parser reads. */
  readonly text: string;

  /** `markdown` with its inert rests hidden, or as written when `hideRests` is false. */
  constructor(markdown: string, hideRests = true) {
    this.text = hideRests ? hide(markdown, this.at, this.rests, this.shift) : markdown;
  }

  /** How many rests the parser does not read. */
  get hidden(): number {
    return this.rests.length;
  }

  /**
   * Puts the rests back into the walk's lines of `text` (in place), each
   * line's spaces collapsed again; false unless every placeholder came out
   * in them, exactly once. Tokens come in document order, so the n-th
   * placeholder in the lines stands for the n-th rest.
   */
  revealLines(lines: string[]): boolean {
    let next = 0;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index];
      if (!line.includes(PLACEHOLDER)) continue;
      const parts = line.split(PLACEHOLDER);
      if (next + parts.length - 1 > this.rests.length) return false;
      let revealed = parts[0];
      for (let part = 1; part < parts.length; part++) revealed += this.rests[next++] + parts[part];
      lines[index] = revealed.replace(/\s+/g, ' ').trim();
    }
    return next === this.rests.length;
  }

  /** The offset in the original Markdown of `offset` in `text` (never inside a placeholder). */
  original(offset: number): number {
    const before = this.firstFrom(offset);
    return before === 0 ? offset : offset + this.shift[before - 1];
  }

  /** Index of the first placeholder at or after `offset`. */
  private firstFrom(offset: number): number {
    let low = 0;
    let high = this.at.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.at[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Builds the hidden text, filling the three arrays; the Markdown itself when nothing is inert. */
function hide(markdown: string, at: number[], rests: string[], shift: number[]): string {
  // Notes holding the placeholder already, or CR line endings, are read as written.
  if (markdown.includes(PLACEHOLDER) || markdown.includes('\r')) return markdown;
  const parts: string[] = [];
  let copied = 0;
  let shifted = 0;
  // Front matter is left as written (a placeholder in it would only make the walk decline).
  let inFrontMatter = false;
  let keepParagraph = false;
  let keepTitles = false;
  for (let start = 0; ;) {
    const newline = markdown.indexOf('\n', start);
    const end = newline < 0 ? markdown.length : newline;
    const line = markdown.slice(start, end);
    if (start === 0 && FENCE.test(line)) inFrontMatter = CLOSING_FENCE.test(markdown);
    else if (inFrontMatter) {
      inFrontMatter = !FENCE.test(line);
    } else if (BLANK.test(line)) {
      keepParagraph = keepTitles = false;
    } else {
      PREFIX.lastIndex = start;
      PREFIX.test(markdown);
      const restStart = PREFIX.lastIndex;
      let restEnd = end;
      while (restEnd > restStart && isSpaceOrTab(markdown.charCodeAt(restEnd - 1))) restEnd--;
      const first = markdown.charCodeAt(restStart - 1) === ASTERISK ? WORD_START : PLAIN_START;
      first.lastIndex = restStart;
      const rest = markdown.slice(restStart, restEnd);
      const inert =
        !keepParagraph &&
        restEnd > restStart &&
        first.test(markdown) &&
        !SYNTAX.test(rest) &&
        !(keepTitles && TITLE_CHARS.test(rest));
      if (inert) {
        parts.push(markdown.slice(copied, restStart), PLACEHOLDER);
        at.push(restStart - shifted);
        rests.push(rest);
        shifted += rest.length - 1;
        shift.push(shifted);
        copied = restEnd;
      }
      keepParagraph ||= opensAcrossLines(line);
      keepTitles ||= LINK_TAIL.test(line);
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  if (rests.length === 0) return markdown;
  parts.push(markdown.slice(copied));
  return parts.join('');
}

/** Whether a tag or a bracket on this line stays open past its end. */
function opensAcrossLines(line: string): boolean {
  if (line.includes('<') && line.replace(CLOSED_TAG, '').includes('<')) return true;
  return line.includes('[') && bracketLeftOpen(line);
}

/**
 * Whether a `[` of the line is not closed by a `]` on it with nothing in
 * between that could hide the `]` (a backslash, a code span, a tag): brackets
 * matched innermost first, in one pass.
 */
function bracketLeftOpen(line: string): boolean {
  // For each `[` still open: whether something that could hide a `]` came after it.
  const open: boolean[] = [];
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === LEFT_BRACKET) open.push(false);
    else if (code === RIGHT_BRACKET && open.length > 0) {
      if (open.pop()) return true;
    } else if (code === BACKSLASH || code === GRAVE || code === LESS_THAN) {
      if (open.length > 0) open[open.length - 1] = true;
    }
  }
  return open.length > 0;
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}
