import { splitFrontMatter } from './frontMatter';

/**
 * Budgets against pathological Markdown (cmark's test inputs and worse).
 * micromark matches emphasis and brackets in time that grows with the square
 * of the delimiter runs in one block (65,535 nested `*a **a` runs: hours);
 * deep nesting (30,000 `>` or `- - - …`) parses in quadratic time and then
 * overflows the stack of every tree walker; and one 10 MB line costs
 * micromark with GFM some 20 s per parse, paid again by every path that
 * parses the note. A block (text between blank lines) over any budget is not
 * parsed at all but kept verbatim as raw text (see standIn.ts), so nothing
 * of it is lost and the rest of the note stays Markdown.
 */

/** Emphasis and bracket runs in one paragraph; people write a few dozen (5,000 take 5 s). */
const MAX_RUNS_PER_BLOCK = 1000;
/**
 * Width of the container prefix of a line (`>`, list markers, indentation):
 * a bound on how deep its blocks nest. Ten levels of list take some 30; the
 * tree walkers overflow somewhere past a thousand.
 */
const MAX_PREFIX_COLUMNS = 200;
/** One block's length: about 30 pages without a blank line, parsed in a fraction of a second. */
const MAX_BLOCK_CHARS = 100_000;

const DELIMITER_RUN = /[*_]+|[[\]]/g;
const BLOCK_END = /\n[ \t]*(?:\n|$)/g;
/** One piece of a line's container prefix: spaces, tabs and `>`, or a list marker. */
const PREFIX_PART = /[ >]+|\t+|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/y;
/** A line starting a top-level bullet with text, or an ATX heading (up to three spaces in). */
const TOP_LEVEL_START = / {0,3}(?:[-+*][ \t]+\S|#{1,6}(?:[ \t]|$))/y;

/** `[start, end)` ranges of blocks over a budget; empty for every ordinary note. */
export function overBudgetBlocks(markdown: string): Array<[number, number]> {
  // Cheap checks first: every ordinary note passes them whole.
  if (!tooLong(markdown, 0, markdown.length) && !tooDeep(markdown, 0, markdown.length)) return [];
  const { yaml, body } = splitFrontMatter(markdown);
  let start = yaml === null ? 0 : markdown.length - body.length;
  const ranges: Array<[number, number]> = [];
  BLOCK_END.lastIndex = start;
  for (;;) {
    const match = BLOCK_END.exec(markdown);
    const end = match ? match.index : markdown.length;
    if (end > start && overBudget(markdown, start, end)) ranges.push([start, end]);
    if (!match) break;
    start = match.index + match[0].length;
    BLOCK_END.lastIndex = Math.max(start, match.index + 1);
    if (start >= markdown.length) break;
  }
  return ranges;
}

function overBudget(text: string, start: number, end: number): boolean {
  if (end - start > MAX_BLOCK_CHARS || tooDeep(text, start, end)) return true;
  return tooManyRuns(text, start, end) && !runsWithinBudgetPerItem(text, start, end);
}

function tooLong(text: string, start: number, end: number): boolean {
  return end - start > MAX_BLOCK_CHARS || tooManyRuns(text, start, end);
}

/**
 * A block with many runs may still be ordinary: a talk's notes written as
 * one tight list (no blank line between its bullets), a link in each, hold
 * thousands. Emphasis and brackets are matched within one paragraph, and a
 * bullet or a heading at the margin always ends the paragraph before it,
 * whatever came before. So such a block is counted per top-level item
 * (with what is nested in it). Only a block whose first line starts at the
 * margin: it is then at the top level (an indented one may continue a list
 * item from before the blank line, where its lines mean something else).
 */
function runsWithinBudgetPerItem(text: string, start: number, end: number): boolean {
  if (/[ \t]/.test(text.charAt(start))) return false;
  let itemStart = start;
  for (let line = text.indexOf('\n', start) + 1; line > 0 && line < end;) {
    TOP_LEVEL_START.lastIndex = line;
    if (TOP_LEVEL_START.test(text)) {
      if (countRuns(text, itemStart, line) > MAX_RUNS_PER_BLOCK) return false;
      itemStart = line;
    }
    line = text.indexOf('\n', line) + 1;
  }
  return countRuns(text, itemStart, end) <= MAX_RUNS_PER_BLOCK;
}

function tooManyRuns(text: string, start: number, end: number): boolean {
  return countRuns(text, start, end) > MAX_RUNS_PER_BLOCK;
}

/** Emphasis and bracket runs in `[start, end)`, counted up to one over the budget. */
function countRuns(text: string, start: number, end: number): number {
  DELIMITER_RUN.lastIndex = start;
  let runs = 0;
  for (let m = DELIMITER_RUN.exec(text); m && m.index < end; m = DELIMITER_RUN.exec(text)) {
    if (++runs > MAX_RUNS_PER_BLOCK) break;
  }
  return runs;
}

/** Whether a line in `[start, end)` starts with a container prefix wider than the budget. */
function tooDeep(text: string, start: number, end: number): boolean {
  for (let line = start; line < end;) {
    let columns = 0;
    PREFIX_PART.lastIndex = line;
    for (let m = PREFIX_PART.exec(text); m; m = PREFIX_PART.exec(text)) {
      // A tab reaches the next tab stop: up to four columns.
      columns += m[0].startsWith('\t') ? m[0].length * 4 : m[0].length;
      if (columns > MAX_PREFIX_COLUMNS) return true;
    }
    const next = text.indexOf('\n', line);
    if (next < 0) break;
    line = next + 1;
  }
  return false;
}
