import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { overBudgetBlocks } from './pathological';
import { keepVerbatim, reduce, restorePositions } from './standIn';

/**
 * The project's one Markdown engine: every place that reads or writes Markdown
 * (library, editor, search, import, export) goes through these functions, so a
 * note means the same thing everywhere.
 */

/** How Confnotes writes Markdown. Chosen to match what people type by hand. */
const STRINGIFY_OPTIONS: StringifyOptions = {
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
 * Parses CommonMark + GFM (+ YAML front matter) into mdast. A block no note
 * holds (more emphasis or bracket runs, deeper nesting or more text than a
 * budget allows: cmark's pathological inputs, a 10 MB line) is not parsed
 * but kept verbatim as raw text (see pathological.ts and standIn.ts).
 */
export function parseMarkdown(markdown: string): Root {
  const overBudget = overBudgetBlocks(markdown);
  if (overBudget.length === 0) return parser.parse(markdown);
  const reduced = reduce(markdown, overBudget);
  const tree = parser.parse(reduced.text);
  restorePositions(tree, reduced.spans);
  return keepVerbatim(tree, markdown, overBudget);
}

/** Writes mdast back as Markdown in the house style. */
export function stringifyMarkdown(tree: Root): string {
  return stringifier.stringify(tree);
}

/** Parse and write again; idempotent: normalising twice equals normalising once. */
export function normalizeMarkdown(markdown: string): string {
  return stringifyMarkdown(parseMarkdown(markdown));
}
