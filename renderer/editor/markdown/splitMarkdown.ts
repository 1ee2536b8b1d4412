import type { Node, Root } from 'mdast';

/** A piece of a note that parses on its own exactly as it does inside the whole note. */
export interface MarkdownPiece {
  /** Offset of the piece in the note (always the start of a line). */
  start: number;
  end: number;
  /** Lines of the note before the piece. */
  lineOffset: number;
}

// Anything that makes one block's meaning depend on text far away, or a line
// this scanner cannot place for certain: link reference and footnote
// definitions (a `]:` anywhere), HTML blocks (a `<` starting a top-level
// line; some run across blank lines, and fence-like lines inside them are
// not fences), fences indented by 1–3 spaces (top level or inside a list:
// only the parser knows) and lone carriage returns (line endings this
// scanner does not count). A note with any of these, or with front matter,
// parses whole.
const UNSURE = /\]:|^ {0,3}<|^ {1,3}(?:`{3}|~{3})|\r(?!\n)/m;
const OPENING_FENCE = /^(?:(`{3,})[^`]*|(~{3,}).*)$/;
const BLANK = /^[ \t]*\r?$/;
const BLOCK_START = /^[\p{L}#>]/u;

/**
 * Cuts `markdown` into at most `count` pieces of about equal length, each
 * of which parses to the same blocks as in the whole note. A cut goes only
 * before a line that starts with a letter (of any script), `#` or `>` in the
 * first column right after a blank line, outside any fenced code. Such a
 * line always begins a new top-level block (a paragraph, table, setext or
 * ATX heading, or quote): a blank line ends paragraphs, quotes, tables and
 * HTML blocks, and an unindented line after one that is not a list marker
 * ends lists and indented code. Only a fence opened in the first column
 * stays open (fences anywhere else end with their list or quote); those are
 * followed exactly, and every other kind of line that could mislead the
 * count makes the note one piece (see UNSURE). One piece when in doubt.
 */
export function splitMarkdown(markdown: string, count: number): MarkdownPiece[] {
  const whole = [{ start: 0, end: markdown.length, lineOffset: 0 }];
  if (count < 2 || markdown.startsWith('---') || UNSURE.test(markdown)) return whole;
  const cuts: Array<{ at: number; line: number }> = [];
  let fence: RegExp | undefined; // the closing line of the open fence
  let previousBlank = false;
  let line = 0;
  for (let at = 0; at < markdown.length; line++) {
    const newline = markdown.indexOf('\n', at);
    const end = newline < 0 ? markdown.length : newline;
    const text = markdown.slice(at, end);
    if (fence) {
      if (fence.test(text)) fence = undefined;
    } else {
      const opening = OPENING_FENCE.exec(text.replace(/\r$/, ''));
      const mark = opening?.[1] ?? opening?.[2];
      if (mark) fence = new RegExp(`^${mark[0]}{${mark.length},}[ \\t]*\\r?$`);
      else if (previousBlank && BLOCK_START.test(text)) cuts.push({ at, line });
    }
    previousBlank = fence === undefined && BLANK.test(text);
    at = end + 1;
  }
  return piecesAt(markdown.length, cuts, count);
}

/** The cuts nearest to equal shares of the note, in order, each used once. */
function piecesAt(
  length: number,
  cuts: Array<{ at: number; line: number }>,
  count: number,
): MarkdownPiece[] {
  const chosen: Array<{ at: number; line: number }> = [];
  for (let share = 1; share < count && cuts.length > 0; share++) {
    const target = (length * share) / count;
    let best = cuts[0];
    for (const cut of cuts) if (Math.abs(cut.at - target) < Math.abs(best.at - target)) best = cut;
    const last = chosen.at(-1);
    if (!last || best.at > last.at) chosen.push(best);
  }
  const pieces: MarkdownPiece[] = [];
  let start = { at: 0, line: 0 };
  for (const cut of [...chosen, { at: length, line: 0 }]) {
    if (cut.at > start.at) pieces.push({ start: start.at, end: cut.at, lineOffset: start.line });
    start = cut;
  }
  return pieces.length > 0 ? pieces : [{ start: 0, end: length, lineOffset: 0 }];
}

/**
 * One tree from the trees of a note's pieces, in order: positions move by
 * each piece's offset and lines, so the result equals parsing the whole
 * note (columns need no change: every piece starts at the start of a line).
 */
export function joinPieces(pieces: MarkdownPiece[], trees: Root[], length: number): Root {
  const children = trees.flatMap((tree, index) => {
    const { start, lineOffset } = pieces[index];
    if (start > 0 || lineOffset > 0)
      tree.children.forEach((child) => shift(child, start, lineOffset));
    return tree.children;
  });
  const first = trees[0]?.position;
  const last = trees.at(-1)?.position;
  const root: Root = { type: 'root', children };
  if (first && last) {
    const lastPiece = pieces[pieces.length - 1];
    root.position = {
      start: first.start,
      end: {
        line: last.end.line + lastPiece.lineOffset,
        column: last.end.column,
        offset: length,
      },
    };
  }
  return root;
}

function shift(node: Node, offset: number, lines: number): void {
  const { position } = node;
  if (position) {
    position.start = { ...position.start, line: position.start.line + lines };
    position.end = { ...position.end, line: position.end.line + lines };
    if (position.start.offset !== undefined) position.start.offset += offset;
    if (position.end.offset !== undefined) position.end.offset += offset;
  }
  if ('children' in node && Array.isArray(node.children))
    for (const child of node.children as Node[]) shift(child, offset, lines);
}
