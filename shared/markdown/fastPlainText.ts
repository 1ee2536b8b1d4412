import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { decodeString } from 'micromark-util-decode-string';
import type { Event, ParseOptions } from 'micromark-util-types';
import type { Nodes } from 'mdast';
import { parseMarkdown } from './engine';
import { InertText } from './inertLines';
import { overBudgetBlocks } from './pathological';
import { treeToPlainText } from './plainText';

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

/** The same extensions, in the same order, as the engine's unified pipeline. */
const OPTIONS: ParseOptions = { extensions: [frontmatter(['yaml']), gfm()] };

/** Tokens whose whole span is left out, as treeToPlainText leaves out their mdast nodes. */
const SKIPPED = new Set([
  'resource',
  'reference',
  'definition',
  'htmlFlow',
  'htmlText',
  'codeFencedFence',
  'gfmFootnoteCall',
  'gfmFootnoteDefinitionLabel',
  'yaml',
  'taskListCheck',
  'tableDelimiterRow',
  'characterReference',
]);
/** Tokens that open and close a line of their own (mdast paragraph, heading, table cell). */
const BLOCKS = new Set(['paragraph', 'atxHeading', 'setextHeading', 'tableHeader', 'tableData']);
/** Tokens whose source is their text. */
const LITERAL = new Set([
  'data',
  'codeTextData',
  'characterEscapeValue',
  'autolinkProtocol',
  'autolinkEmail',
  'literalAutolinkEmail',
  'literalAutolinkHttp',
  'literalAutolinkWww',
]);
/** Tokens known to add nothing of their own (markers, prefixes, containers). */
const SILENT = new Set(
  (
    'whitespace lineEndingBlank linePrefix lineSuffix atxHeadingSequence atxHeadingText ' +
    'autolink autolinkMarker codeFlowValue codeText codeTextPadding codeTextSequence content ' +
    'emphasis emphasisSequence emphasisText escapeMarker characterEscape label labelText labelLink ' +
    'labelImage labelMarker labelImageMarker labelEnd link setextHeadingText setextHeadingLine ' +
    'setextHeadingLineSequence strong strongSequence strongText thematicBreak ' +
    'thematicBreakSequence blockQuote blockQuotePrefix blockQuoteMarker blockQuotePrefixWhitespace ' +
    'listOrdered listUnordered listItemIndent listItemMarker listItemPrefix ' +
    'listItemPrefixWhitespace listItemValue chunkString strikethrough strikethroughSequence ' +
    'strikethroughText table tableHead tableBody tableRow tableDelimiterRow tableCellDivider ' +
    'tableContent literalAutolink gfmFootnoteDefinition gfmFootnoteDefinitionMarker ' +
    'hardBreakEscape hardBreakTrailing lineEnding image codeFenced codeIndented'
  ).split(' '),
);

/** Plain text and open tasks of a note's Markdown, as the engine's tree gives them. */
export function scanPlainText(markdown: string): PlainTextScan {
  return fastScan(markdown) ?? treeScan(markdown);
}

/** The walk alone: null for the notes it leaves to the tree. Exported for the tests. */
export function fastScan(markdown: string): PlainTextScan | null {
  const walked = walkMarkdown(markdown);
  return walked && { text: walked.lines.join('\n'), hasOpenTasks: walked.hasOpenTasks };
}

/**
 * A top-level block of the note where an incremental re-scan may start or
 * stop (see incrementalPlainText.ts): it starts at column 0 of `start`,
 * right after a blank line, and its text begins at `lines[line]`. The
 * first block is the note's head, from offset 0.
 */
export interface ScanBlock {
  /** Offset of the block's first line in the Markdown. */
  start: number;
  /** Index of the block's first line of text in the scan's lines. */
  line: number;
  /** The block holds an unchecked task. */
  open: boolean;
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
  const walked = inert.hidden > 0 ? walk(tokens(inert.text), inert) : null;
  return walked ?? walk(tokens(markdown), new InertText(markdown, false));
}

function tokens(markdown: string): Event[] {
  return postprocess(
    parse(OPTIONS)
      .document()
      .write(preprocess()(markdown, undefined, true)),
  );
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

/** Tokens between top-level blocks, and indentation continuing one: never a block's start. */
const BETWEEN = new Set(['lineEnding', 'lineEndingBlank', 'linePrefix', 'listItemIndent']);
/** The line before `offset` is blank (`offset` starts a line). */
const AFTER_BLANK_LINE = /\n[ \t]*\n$/;

/**
 * treeToPlainText over the token stream of `inert.text`; null where the two
 * could differ, or where a hidden rest did not come back as text.
 */
function walk(events: Event[], inert: InertText): WalkedScan | null {
  // Offsets the walk reports are the original's; the checks on the source read what was parsed.
  const markdown = inert.text;
  const lines: string[] = [];
  // The note's head, up to its first restartable block, is a block too (never restarted at).
  const blocks: ScanBlock[] = [{ start: 0, line: 0, open: false }];
  let depth = 0;
  let current = '';
  let skipDepth = 0;
  let imageDepth = 0;
  let codeDepth = 0;
  let tableDepth = 0;
  let hasOpenTasks = false;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  for (const [kind, token, context] of events) {
    // GFM and front matter token names are not in micromark's own type map.
    const type: string = token.type;
    if (kind === 'exit') depth--;
    else if (depth++ === 0 && !BETWEEN.has(type)) {
      const start = token.start.offset;
      // Only a block at column 0 after a blank line is a place to restart a scan at.
      const restartable =
        start > 0 &&
        markdown.charCodeAt(start - 1) === 10 &&
        AFTER_BLANK_LINE.test(markdown.slice(Math.max(0, start - 64), start)) &&
        current.trim() === '';
      if (restartable)
        blocks.push({ start: inert.original(start), line: lines.length, open: false });
    }
    if (skipDepth > 0) {
      if (SKIPPED.has(type)) skipDepth += kind === 'enter' ? 1 : -1;
      if (type === 'taskListCheckValueUnchecked') {
        hasOpenTasks = true;
        blocks[blocks.length - 1].open = true;
      }
      // An image's alt text is mdast-util-to-string of its label, which keeps raw HTML.
      if (type === 'htmlText' && imageDepth > 0) return null;
      continue;
    }
    if (kind === 'exit') {
      if (BLOCKS.has(type)) flush();
      else if (type === 'image') {
        imageDepth--;
        current += ' ';
      } else if (type === 'codeFenced' || type === 'codeIndented') {
        codeDepth--;
        flush();
      } else if (type === 'table') tableDepth--;
      continue;
    }
    if (SKIPPED.has(type)) {
      if (type === 'characterReference') current += decodeString(context.sliceSerialize(token));
      skipDepth++;
      if (type === 'htmlText' && imageDepth > 0) return null;
    } else if (type === 'codeTextData' && tableDepth > 0) {
      // mdast-util-gfm-table unescapes pipes in a table's inline code (backslashes stay).
      current += inert
        .reveal(context.sliceSerialize(token), token.start.offset)
        .replace(/\\([\\|])/g, (all: string, c: string) => (c === '|' ? c : all));
    } else if (LITERAL.has(type))
      current += inert.reveal(context.sliceSerialize(token), token.start.offset);
    else if (BLOCKS.has(type)) flush();
    else if (!SILENT.has(type)) return null;
    else if (type === 'codeFlowValue')
      current += inert.reveal(context.sliceSerialize(token), token.start.offset);
    else if (type === 'lineEnding') {
      if (codeDepth > 0) flush();
      else current += ' ';
    } else if (type === 'image') {
      // Alt text is the label's words without spaces for breaks or nested images.
      if (imageDepth > 0) return null;
      imageDepth++;
      current += ' ';
    } else if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') {
      if (imageDepth > 0) return null;
      current += ' ';
    } else if (type === 'codeFenced' || type === 'codeIndented') {
      codeDepth++;
      flush();
    } else if (type === 'table') tableDepth++;
  }
  flush();
  if (!inert.allRevealed) return null;
  return { lines, hasOpenTasks, blocks, hidden: inert.hidden };
}
