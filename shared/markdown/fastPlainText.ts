import type { Nodes } from 'mdast';
import { parseMarkdown } from './engine';
import { walkHidden } from './hiddenWalk';
import { InertText } from './inertLines';
import type { ScanBlock } from './scanBlock';
import { overBudgetBlocks } from './pathological';
import { treeToPlainText } from './plainText';
import { tokens, walk } from './tokenWalk';

/**
 * The same plain text as `markdownToPlainText`, read straight from the
 * engine's tokenizer (micromark with the extensions remark-parse,
 * remark-frontmatter and remark-gfm give it) without building the mdast
 * tree, which costs as much again. The search index extracts every note of
 * a library with it. Any token this walker does not know, and the rare
 * constructs where mdast's rules differ from a plain walk (HTML or breaks
 * inside an image's alt text, over-budget blocks), fall back to the tree,
 * so the answer is always the engine's; the tests hold the two equal.
 */
export interface PlainTextScan {
  text: string;
  /** The notes hold an unchecked task (`- [ ]`). */
  hasOpenTasks: boolean;
}

/** Plain text and open tasks of a note's Markdown, as the engine's tree gives them. */
export function scanPlainText(markdown: string): PlainTextScan {
  return fastScan(markdown) ?? treeScan(markdown);
}

/** The walk alone: null for the notes it leaves to the tree. Exported for the tests. */
export function fastScan(markdown: string): PlainTextScan | null {
  const walked = walkMarkdown(markdown);
  return walked && { text: walked.lines.join('\n'), hasOpenTasks: walked.hasOpenTasks };
}

/** The walk's lines of text (the text is them joined by newlines) and its blocks. */
export interface WalkedScan {
  lines: string[];
  hasOpenTasks: boolean;
  blocks: ScanBlock[];
  /** How many inert line rests the parser did not read (see inertLines.ts); 0 when it read all. */
  hidden: number;
}

/**
 * The walk with its top-level blocks; null for the notes it leaves to the
 * tree. The parser reads the note with its inert line rests hidden, and the
 * note as written when a hidden rest did not come back as text (or when
 * `hideInert` is false: the tests compare the two).
 */
export function walkMarkdown(markdown: string, hideInert = true): WalkedScan | null {
  if (overBudgetBlocks(markdown).length > 0) return null;
  const inert = new InertText(markdown, hideInert);
  const walked = inert.hidden > 0 ? walkHidden(inert) : null;
  if (walked) return { ...walked, hidden: inert.hidden };
  const written = walk(tokens(markdown), markdown, false);
  return written && { ...written, hidden: 0 };
}

/** The same answer from the mdast tree: the reference, and the path for what the walk declines. */
export function treeScan(markdown: string): PlainTextScan {
  const tree = parseMarkdown(markdown);
  let hasOpenTasks = false;
  const visit = (node: Nodes): void => {
    if (hasOpenTasks) return;
    if (node.type === 'listItem' && node.checked === false) hasOpenTasks = true;
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return { text: treeToPlainText(tree), hasOpenTasks };
}
