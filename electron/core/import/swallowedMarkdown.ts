import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../../shared/markdown';

/**
 * CommonMark lets a line holding only a tag such as `<br/>` open an HTML
 * block that runs to the next blank line, so "<br/>\n## Day 1\n### Talk —
 * Speaker" hides a day and a talk inside raw HTML. Their writer put the tag
 * there for spacing and meant the lines after it as Markdown; a reader reads
 * them so. The tag stays raw HTML; the lines after it are parsed again, with
 * their positions in the file (bodies are cut from the file by offset).
 */
const SPACING_TAG = /^ {0,3}<(?:br|hr|wbr)\b[^>]*>[ \t]*\n/i;
/** Markdown the writer meant: a heading, a list item, emphasis or a link at a line's start. */
const MARKDOWN_LINE = /^(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,3}[.)][ \t]|\*\*|\[)/m;

export function reopenSwallowedMarkdown(tree: Root, markdown: string): Root {
  tree.children = tree.children.flatMap((node) => reopen(node, markdown));
  return tree;
}

function reopen(node: RootContent, markdown: string): RootContent[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type !== 'html' || start === undefined || end === undefined) return [node];
  const tag = SPACING_TAG.exec(node.value);
  const rest = tag ? node.value.slice(tag[0].length) : '';
  if (!tag || !MARKDOWN_LINE.test(rest)) return [node];
  const tagEnd = start + tag[0].trimEnd().length;
  const restStart = start + tag[0].length;
  const inner = parseMarkdown(markdown.slice(restStart, end));
  const lines = tag[0].split('\n').length - 1;
  visit(inner, (child) => {
    if (!child.position) return;
    for (const point of [child.position.start, child.position.end]) {
      if (point.offset !== undefined) point.offset += restStart;
      point.line += node.position!.start.line - 1 + lines;
    }
  });
  const html: RootContent = {
    type: 'html',
    value: tag[0].trimEnd(),
    position: {
      start: { ...node.position!.start },
      end: { line: node.position!.start.line, column: tag[0].trimEnd().length + 1, offset: tagEnd },
    },
  };
  return [html, ...inner.children];
}
