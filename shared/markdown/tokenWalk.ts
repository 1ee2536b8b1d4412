import { postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { decodeString } from 'micromark-util-decode-string';
import type { Event, ParseOptions } from 'micromark-util-types';
import { PLACEHOLDER } from './inertLines';
import { reusedParser } from './reusedParser';
import type { ScanBlock } from './scanBlock';

/**
 * The walk over the engine's tokens that fastPlainText.ts describes: the
 * plain text of a note as treeToPlainText gives it, without the mdast tree.
 */
export interface TokenWalk {
  lines: string[];
  hasOpenTasks: boolean;
  blocks: ScanBlock[];
}

/** The same extensions, in the same order, as the engine's unified pipeline. */
const OPTIONS: ParseOptions = { extensions: [frontmatter(['yaml']), gfm()] };
const parser = reusedParser(OPTIONS);

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

/** The engine's tokens for `markdown`, as remark-parse reads them. */
export function tokens(markdown: string): Event[] {
  return postprocess(
    parser()
      .document()
      .write(preprocess()(markdown, undefined, true)),
  );
}

/** Tokens between top-level blocks, and indentation continuing one: never a block's start. */
const BETWEEN = new Set(['lineEnding', 'lineEndingBlank', 'linePrefix', 'listItemIndent']);
/** The line before `offset` is blank (`offset` starts a line). */
const AFTER_BLANK_LINE = /\n[ \t]*\n$/;

/**
 * treeToPlainText over the token stream of `markdown`; null where the two
 * could differ. Offsets of blocks are in `markdown`. With inert rests
 * `hidden` (inertLines.ts), placeholders come out in the lines as they are,
 * for the caller to reveal, and a character reference that decodes to one
 * makes the walk decline.
 */
export function walk(events: Event[], markdown: string, hidden: boolean): TokenWalk | null {
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
      if (restartable) blocks.push({ start, line: lines.length, open: false });
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
      if (type === 'characterReference') {
        const decoded = decodeString(context.sliceSerialize(token));
        if (hidden && decoded.includes(PLACEHOLDER)) return null;
        current += decoded;
      }
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
  return { lines, hasOpenTasks, blocks };
}
