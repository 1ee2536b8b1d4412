import { scanPlainText, walkMarkdown, type PlainTextScan } from './fastPlainText';
import type { ScanBlock } from './scanBlock';

/**
 * The plain text of a note saved again, re-scanning only what changed: the
 * engine parses at about 1 MB/s, so a whole 20,000-word note costs over a
 * hundred milliseconds at every save while its owner types in it.
 *
 * A scan keeps its top-level blocks (those at column 0 after a blank line,
 * where the parser starts afresh). The next scan re-parses from the block
 * before the one holding the first changed character, to the first old
 * block past the last changed one whose blank line is unchanged too, and
 * takes the old lines before and after. It gives exactly what a full scan
 * gives (test/core/search/incrementalPlainText.test.ts edits at random
 * against scanPlainText), and scans in full whenever it cannot be sure:
 * link or footnote definitions (`]:`, which reach across blocks), CR line
 * endings, byte-order marks, a slice starting like front matter, notes the
 * walk leaves to the tree, or a stop block that does not read as before.
 */
export interface ScanState {
  markdown: string;
  lines: string[];
  blocks: ScanBlock[];
}

export interface IncrementalScan extends PlainTextScan {
  /** What the next scan of this note starts from; null when it must scan in full. */
  state: ScanState | null;
  /** How many characters of Markdown were parsed (the note's length for a full scan). */
  parsed: number;
}

/** A full scan that keeps its state for the next. */
export function scanWithState(markdown: string): IncrementalScan {
  const walked = restartable(markdown) ? walkMarkdown(markdown) : null;
  if (!walked) return { ...scanPlainText(markdown), state: null, parsed: markdown.length };
  return done(walked.lines, walked.blocks, markdown, markdown.length);
}

/** The scan of `markdown`, re-using `previous` (the last scan of the same note) where it can. */
export function rescan(previous: ScanState | null, markdown: string): IncrementalScan {
  if (!previous || !restartable(markdown)) return scanWithState(markdown);
  const old = previous.markdown;
  const { blocks, lines } = previous;
  if (old === markdown) return done(lines, blocks, markdown, 0);

  const prefix = commonPrefix(old, markdown);
  const suffix = commonSuffix(old, markdown, Math.min(old.length, markdown.length) - prefix);
  const delta = markdown.length - old.length;
  // Old offsets from here on are unchanged (at `offset + delta` in the new text).
  const changedEnd = old.length - suffix;
  let holding = blocks.length - 1;
  while (holding > 0 && blocks[holding].start > prefix) holding--;
  // The block before: an edit at a block's start may join it to the one before.
  const first = holding - 1;
  if (first < 1) return scanWithState(markdown);
  const from = blocks[first].start;
  if (markdown.startsWith('---', from)) return scanWithState(markdown);

  // The first old block after the change whose blank line before it is unchanged.
  let stop = holding + 1;
  while (stop < blocks.length && old.lastIndexOf('\n', blocks[stop].start - 2) < changedEnd) stop++;
  const base = blocks[first].line;
  const shift = (b: ScanBlock, offset: number, line: number): ScanBlock => ({
    start: b.start + offset,
    line: b.line + line,
    open: b.open,
  });

  if (stop >= blocks.length) {
    const walked = walkMarkdown(markdown.slice(from));
    if (!walked) return scanWithState(markdown);
    return done(
      [...lines.slice(0, base), ...walked.lines],
      [...blocks.slice(0, first), ...walked.blocks.map((b) => shift(b, from, base))],
      markdown,
      markdown.length - from,
    );
  }

  // Parse through the stop block, to check it still starts there and reads as before.
  const stopAt = blocks[stop].start + delta;
  const end = stop + 1 < blocks.length ? blocks[stop + 1].start + delta : markdown.length;
  const walked = walkMarkdown(markdown.slice(from, end));
  const at = walked ? walked.blocks.length - 1 : -1;
  if (!walked || at < 1 || walked.blocks[at].start !== stopAt - from)
    return scanWithState(markdown);
  const oldStopLines = lines.slice(
    blocks[stop].line,
    stop + 1 < blocks.length ? blocks[stop + 1].line : lines.length,
  );
  const newStopLines = walked.lines.slice(walked.blocks[at].line);
  if (walked.blocks[at].open !== blocks[stop].open || !sameLines(oldStopLines, newStopLines))
    return scanWithState(markdown);
  const lineDelta = base + walked.blocks[at].line - blocks[stop].line;
  return done(
    [
      ...lines.slice(0, base),
      ...walked.lines.slice(0, walked.blocks[at].line),
      ...lines.slice(blocks[stop].line),
    ],
    [
      ...blocks.slice(0, first),
      ...walked.blocks.slice(0, at).map((b) => shift(b, from, base)),
      ...blocks.slice(stop).map((b) => shift(b, delta, lineDelta)),
    ],
    markdown,
    end - from,
  );
}

/** Whether blocks of this note can be scanned on their own (see the module's comment). */
function restartable(markdown: string): boolean {
  return !markdown.includes(']:') && !markdown.includes('\r') && !markdown.includes('\uFEFF');
}

function done(
  lines: string[],
  blocks: ScanBlock[],
  markdown: string,
  parsed: number,
): IncrementalScan {
  return {
    text: lines.join('\n'),
    hasOpenTasks: blocks.some((b) => b.open),
    state: { markdown, lines, blocks },
    parsed,
  };
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Common suffix length, at most `limit` (so that prefix and suffix never overlap). */
function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}
