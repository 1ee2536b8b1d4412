import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { decodeString } from 'micromark-util-decode-string';
import type { Event, ParseOptions } from 'micromark-util-types';
import type { Nodes } from 'mdast';
import { parseMarkdown } from './engine';
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
  if (overBudgetBlocks(markdown).length > 0) return null;
  return walk(
    postprocess(
      parse(OPTIONS)
        .document()
        .write(preprocess()(markdown, undefined, true)),
    ),
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

/** treeToPlainText over the token stream; null where the two could differ. */
function walk(events: Event[]): PlainTextScan | null {
  const lines: string[] = [];
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
    if (skipDepth > 0) {
      if (SKIPPED.has(type)) skipDepth += kind === 'enter' ? 1 : -1;
      if (type === 'taskListCheckValueUnchecked') hasOpenTasks = true;
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
      current += context
        .sliceSerialize(token)
        .replace(/\\([\\|])/g, (all: string, c: string) => (c === '|' ? c : all));
    } else if (LITERAL.has(type)) current += context.sliceSerialize(token);
    else if (BLOCKS.has(type)) flush();
    else if (!SILENT.has(type)) return null;
    else if (type === 'codeFlowValue') current += context.sliceSerialize(token);
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
  return { text: lines.join('\n'), hasOpenTasks };
}
