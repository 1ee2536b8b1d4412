import type { InertText } from './inertLines';
import { tokens, walk, type TokenWalk } from './tokenWalk';

/**
 * The walk of a note with its inert rests hidden (inertLines.ts). Once the
 * words are hidden, what the parser costs is its work per line and block
 * (some microseconds per token), and a note is mostly the same few shapes
 * over and over: a paragraph, a heading, a list of a few items. So the note
 * is cut into pieces where the parser starts afresh, and each piece's walk
 * is kept by its hidden text, to be reused by every later piece (of any
 * note) that reads the same.
 *
 * A piece starts at column 0 after a blank line, with a letter, a
 * placeholder or `#`: no container, list or paragraph goes on there. Nothing
 * is cut after a fence (```, ~~~) or `<` (a code block or HTML block may
 * run on over blank lines), nor in notes with front matter or `]:` (a
 * definition reaches every link of the note). Where a piece starts, the walk
 * of the whole note finds a top-level block too (tokenWalk.ts), so each
 * piece's head becomes one of the note's blocks.
 */
const PIECE_START = /\n[ \t]*\n(?=[\p{L}\uE000#])/gu;
/** The test the walk uses for a block after a blank line (tokenWalk.ts), over the same window. */
const AFTER_BLANK_LINE = /\n[ \t]*\n$/;
const NO_CUT_AFTER = /```|~~~|</;
/** Pieces longer than this are seldom met twice, so they are not kept. */
const MAX_KEPT_PIECE = 1000;
/** Kept walks (never changed once kept); cleared when full, a few MB at most. */
const MAX_KEPT = 4000;
const kept = new Map<string, TokenWalk | null>();

/** The walk of `inert.text` with the rests put back, offsets in the original; null where it declines. */
export function walkHidden(inert: InertText): TokenWalk | null {
  const text = inert.text;
  const lines: string[] = [];
  const blocks: TokenWalk['blocks'] = [];
  let hasOpenTasks = false;
  for (const [start, end] of pieces(text)) {
    const walked = walkPiece(text.slice(start, end));
    if (!walked) return null;
    const base = lines.length;
    for (const block of walked.blocks) {
      // A piece's head is a block of the note: the piece starts as a block does.
      blocks.push({
        start: inert.original(start + block.start),
        line: base + block.line,
        open: block.open,
      });
    }
    for (const line of walked.lines) lines.push(line);
    hasOpenTasks ||= walked.hasOpenTasks;
  }
  return inert.revealLines(lines) ? { lines, hasOpenTasks, blocks } : null;
}

/** `[start, end)` of each piece of `text`, in order. */
function pieces(text: string): Array<[number, number]> {
  if (text.startsWith('---') || text.includes(']:')) return [[0, text.length]];
  const cut = NO_CUT_AFTER.exec(text)?.index ?? text.length;
  const ranges: Array<[number, number]> = [];
  let from = 0;
  PIECE_START.lastIndex = 0;
  for (let match = PIECE_START.exec(text); match; match = PIECE_START.exec(text)) {
    const start = match.index + match[0].length;
    if (cut < start) break;
    if (!AFTER_BLANK_LINE.test(text.slice(Math.max(0, start - 64), start))) continue;
    ranges.push([from, start]);
    from = start;
  }
  ranges.push([from, text.length]);
  return ranges;
}

function walkPiece(piece: string): TokenWalk | null {
  const known = kept.get(piece);
  if (known !== undefined) return known;
  const walked = walk(tokens(piece), piece, true);
  if (piece.length <= MAX_KEPT_PIECE) {
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(piece, walked);
  }
  return walked;
}
