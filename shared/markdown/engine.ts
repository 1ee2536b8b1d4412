import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { keepVerbatim, maskBlocks, overBudgetBlocks } from './pathological';

/**
 * The project's one Markdown engine: every place that reads or writes Markdown
 * (library, editor, search, import, export) goes through these functions, so a
 * note means the same thing everywhere.
 */

/** How Confnotes writes Markdown. Chosen to match what people type by hand. */
export const STRINGIFY_OPTIONS: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  resourceLink: true,
  setext: false,
};

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const stringifier = unified()
  .use(remarkStringify, STRINGIFY_OPTIONS)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .freeze();

/**
 * Parses CommonMark + GFM (+ YAML front matter) into mdast. A block with
 * more emphasis or bracket runs than any note holds (cmark's pathological
 * inputs) is kept verbatim as raw text instead (see pathological.ts).
 */
export function parseMarkdown(markdown: string): Root {
  const overBudget = overBudgetBlocks(markdown);
  if (overBudget.length === 0) return parser.parse(markdown);
  return keepVerbatim(parser.parse(maskBlocks(markdown, overBudget)), markdown, overBudget);
}

/** Writes mdast back as Markdown in the house style. */
export function stringifyMarkdown(tree: Root): string {
  return stringifier.stringify(tree);
}

/** Parse and write again; idempotent: normalising twice equals normalising once. */
export function normalizeMarkdown(markdown: string): string {
  return stringifyMarkdown(parseMarkdown(markdown));
}
