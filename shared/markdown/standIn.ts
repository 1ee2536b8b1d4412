import type { Html, Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';

declare module 'mdast' {
  interface HtmlData {
    /** Raw text kept as written because its block was over a budget (pathological.ts), not HTML. */
    verbatim?: boolean;
  }
}

/**
 * How an over-budget block is kept without being parsed: the parser reads
 * a short stand-in in its place (the block's first and last lines, cut to a
 * few dozen characters, so a code fence or a list the block belongs to stays
 * what it was), positions after it are moved back to the original text, and
 * every top-level block touching it becomes one raw node holding its exact
 * source.
 */
const STAND_IN_LINE = 80;

/** One over-budget block: where it is in the original and where its stand-in is in the reduced text. */
interface Span {
  start: number;
  end: number;
  at: number;
  length: number;
  lines: number;
}

export interface Reduced {
  text: string;
  spans: Span[];
}

/** The text the parser reads: every range replaced by its stand-in. */
export function reduce(markdown: string, ranges: Array<[number, number]>): Reduced {
  const parts: string[] = [];
  const spans: Span[] = [];
  let at = 0;
  let from = 0;
  for (const [start, end] of ranges) {
    parts.push(markdown.slice(from, start));
    at += start - from;
    const block = markdown.slice(start, end);
    const firstEnd = block.indexOf('\n');
    const standIn =
      firstEnd < 0
        ? block.slice(0, STAND_IN_LINE)
        : `${block.slice(0, Math.min(firstEnd, STAND_IN_LINE))}\n${block
            .slice(block.lastIndexOf('\n') + 1)
            .slice(0, STAND_IN_LINE)}`;
    parts.push(standIn);
    spans.push({
      start,
      end,
      at,
      length: standIn.length,
      lines: newlines(block) - newlines(standIn),
    });
    at += standIn.length;
    from = end;
  }
  parts.push(markdown.slice(from));
  return { text: parts.join(''), spans };
}

/** Moves every position in `tree` from the reduced text back to the original. */
export function restorePositions(tree: Root, spans: Span[]): void {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) {
      node.position.start = restore(node.position.start, spans, 'start');
      node.position.end = restore(node.position.end, spans, 'end');
    }
    if ('children' in node) stack.push(...node.children);
  }
}

function restore(point: Point, spans: Span[], side: 'start' | 'end'): Point {
  const offset = point.offset ?? 0;
  let shift = 0;
  let lines = 0;
  for (const span of spans) {
    const standInEnd = span.at + span.length;
    if (offset < span.at || (offset === span.at && side === 'end')) break;
    // Inside a stand-in: its block is replaced whole, so only the block's edge counts.
    if (offset < standInEnd || (offset === standInEnd && side === 'end')) {
      return { ...point, offset: side === 'start' ? span.start : span.end };
    }
    shift += span.end - span.start - span.length;
    lines += span.lines;
  }
  // Spans end where a line ends, so columns after them are unchanged.
  return { line: point.line + lines, column: point.column, offset: offset + shift };
}

function newlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Top-level blocks touching an over-budget range become raw text holding
 * their original source, widened to the whole range and merged where they
 * meet; a range no block touched (its stand-in read as blank) is added.
 */
export function keepVerbatim(tree: Root, markdown: string, ranges: Array<[number, number]>): Root {
  const children: RootContent[] = [];
  const covered = new Set<number>();
  const pointAt = pointFinder(markdown);
  const raw = (start: number, end: number): Html => ({
    type: 'html',
    value: markdown.slice(start, end),
    data: { verbatim: true },
    position: { start: pointAt(start), end: pointAt(end) },
  });
  const place = (start: number, end: number) => {
    const last = children.at(-1);
    const lastStart = last?.position?.start.offset;
    const lastEnd = last?.position?.end.offset;
    if (
      last?.type === 'html' &&
      last.data?.verbatim &&
      lastStart !== undefined &&
      lastEnd !== undefined &&
      lastEnd >= start
    ) {
      children[children.length - 1] = raw(lastStart, Math.max(lastEnd, end));
    } else children.push(raw(start, end));
  };
  // Blocks and ranges both run in document order: one pass over each.
  let first = 0;
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || node.type === 'yaml') {
      children.push(node);
      continue;
    }
    while (first < ranges.length && ranges[first][1] <= start) first++;
    let from = start;
    let to = end;
    let touched = false;
    for (let index = first; index < ranges.length && ranges[index][0] < end; index++) {
      touched = true;
      covered.add(index);
      from = Math.min(from, ranges[index][0]);
      to = Math.max(to, ranges[index][1]);
    }
    if (touched) place(from, to);
    else children.push(node);
  }
  ranges.forEach(([start, end], index) => {
    if (covered.has(index)) return;
    const at = children.findIndex((child) => (child.position?.start.offset ?? 0) > start);
    children.splice(at < 0 ? children.length : at, 0, raw(start, end));
  });
  tree.children = children;
  return tree;
}

/** Line and column of an offset, from a line index built once. */
function pointFinder(text: string): (offset: number) => Point {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1, offset };
  };
}
