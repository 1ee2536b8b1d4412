import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from './engine';

/**
 * The words of a note without Markdown syntax, for the search index and
 * snippets: one line per block, link targets and HTML tags left out, image
 * alt text kept (it is the slide's caption).
 */
export function markdownToPlainText(markdown: string): string {
  return treeToPlainText(parseMarkdown(markdown));
}

export function treeToPlainText(tree: Root): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'html':
        // A block kept verbatim for being over a budget is the user's words, not HTML.
        if (node.data?.verbatim) {
          flush();
          current = node.value;
          flush();
        }
        return;
      case 'yaml':
      case 'definition':
        return;
      case 'text':
      case 'inlineCode':
        current += node.value;
        return;
      case 'code':
        flush();
        for (const line of node.value.split('\n')) {
          current = line;
          flush();
        }
        return;
      case 'image':
      case 'imageReference':
        current += node.alt ? ` ${node.alt} ` : ' ';
        return;
      case 'break':
        current += ' ';
        return;
      default:
        break;
    }
    const isBlock =
      node.type === 'paragraph' ||
      node.type === 'heading' ||
      node.type === 'tableCell' ||
      node.type === 'listItem';
    if (isBlock) flush();
    if ('children' in node) for (const child of node.children) walk(child);
    if (isBlock) flush();
  };
  walk(tree);
  flush();
  return lines.join('\n');
}
