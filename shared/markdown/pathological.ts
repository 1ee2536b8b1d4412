import type { Root, RootContent } from 'mdast';
import { splitFrontMatter } from './frontMatter';

/**
 * A budget against cmark's pathological inputs. micromark matches emphasis
 * and brackets in time that grows with the square of the delimiter runs in
 * one block, and deep nesting overflows the stack of the tree walkers:
 * 65,535 nested `*a **a` runs would hang every path that parses the note.
 * A block (text between blank lines) with more runs than a person writes is
 * parsed with its delimiters masked, then kept verbatim as raw text, so
 * nothing of it is lost and the rest of the note stays Markdown.
 */
const MAX_RUNS_PER_BLOCK = 1000;
const DELIMITER_RUN = /[*_]+|[[\]]/g;
const BLOCK_END = /\n[ \t]*(?:\n|$)/g;

/** `[start, end)` ranges of blocks over the budget; empty for every ordinary note. */
export function overBudgetBlocks(markdown: string): Array<[number, number]> {
  if (!exceeds(markdown, 0, markdown.length)) return [];
  const { yaml, body } = splitFrontMatter(markdown);
  let start = yaml === null ? 0 : markdown.length - body.length;
  const ranges: Array<[number, number]> = [];
  BLOCK_END.lastIndex = start;
  for (;;) {
    const match = BLOCK_END.exec(markdown);
    const end = match ? match.index : markdown.length;
    if (exceeds(markdown, start, end)) ranges.push([start, end]);
    if (!match) break;
    start = match.index + match[0].length;
    BLOCK_END.lastIndex = Math.max(start, match.index + 1);
    if (start >= markdown.length) break;
  }
  return ranges;
}

function exceeds(text: string, start: number, end: number): boolean {
  DELIMITER_RUN.lastIndex = start;
  let runs = 0;
  for (let m = DELIMITER_RUN.exec(text); m && m.index < end; m = DELIMITER_RUN.exec(text)) {
    if (++runs > MAX_RUNS_PER_BLOCK) return true;
  }
  return false;
}

/** The text with the delimiters of `ranges` replaced by letters (same length, so positions hold). */
export function maskBlocks(markdown: string, ranges: Array<[number, number]>): string {
  let masked = '';
  let at = 0;
  for (const [start, end] of ranges) {
    masked += markdown.slice(at, start) + markdown.slice(start, end).replace(/[*_[\]]/g, 'x');
    at = end;
  }
  return masked + markdown.slice(at);
}

/** Top-level blocks touching a masked range become raw text holding their original source. */
export function keepVerbatim(tree: Root, markdown: string, ranges: Array<[number, number]>): Root {
  tree.children = tree.children.map((node): RootContent => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || node.type === 'yaml') return node;
    if (!ranges.some(([from, to]) => start < to && from < end)) return node;
    return { type: 'html', value: markdown.slice(start, end), position: node.position };
  });
  return tree;
}
