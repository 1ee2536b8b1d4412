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

/** Emphasis and bracket runs in one block; people write a few dozen. */
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

/** `[start, end)` ranges of blocks over a budget; empty for every ordinary note. */
export function overBudgetBlocks(markdown: string): Array<[number, number]> {
  if (!overBudget(markdown, 0, markdown.length)) return [];
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
  return (
    end - start > MAX_BLOCK_CHARS || tooManyRuns(text, start, end) || tooDeep(text, start, end)
  );
}

function tooManyRuns(text: string, start: number, end: number): boolean {
  DELIMITER_RUN.lastIndex = start;
  let runs = 0;
  for (let m = DELIMITER_RUN.exec(text); m && m.index < end; m = DELIMITER_RUN.exec(text)) {
    if (++runs > MAX_RUNS_PER_BLOCK) return true;
  }
  return false;
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
