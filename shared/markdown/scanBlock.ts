/**
 * A top-level block of the note where an incremental re-scan may start or
 * stop (see incrementalPlainText.ts): it starts at column 0 of `start`,
 * right after a blank line, and its text begins at `lines[line]`. The
 * first block is the note's head, from offset 0. (A module of its own: the
 * walk that finds blocks and the scans that keep them both use it.)
 */
export interface ScanBlock {
  /** Offset of the block's first line in the Markdown. */
  start: number;
  /** Index of the block's first line of text in the scan's lines. */
  line: number;
  /** The block holds an unchecked task. */
  open: boolean;
}
