import { createHash } from 'node:crypto';
import { visit } from 'unist-util-visit';
import { parseMarkdown, stringifyMarkdown } from '../../../shared/markdown';

/**
 * The fingerprint of an imported body, stored as the talk's `sourceHash`. A
 * re-import compares it with the body on disk (has the user edited it?) and
 * with the new import (did the source change?). It is taken over the
 * normalised Markdown with local image addresses blanked, because copying
 * images into `assets/` rewrites those addresses without anyone editing.
 */
export function bodyHash(markdown: string): string {
  const tree = parseMarkdown(markdown);
  visit(tree, 'image', (node) => {
    if (!/^(?:https?:)?\/\//i.test(node.url)) node.url = '';
  });
  const normal = stringifyMarkdown(tree).trim();
  return `sha256:${createHash('sha256').update(normal).digest('hex').slice(0, 32)}`;
}
