import type { Definition, Heading, Html, Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Tree surgery the export does on a note's mdast. Everything works on the
 * syntax tree from shared/markdown, never on the Markdown text, so code
 * spans, escapes and link titles come through untouched.
 */

/** The shallowest heading depth in a note, or undefined when it has none. */
function minHeadingDepth(tree: Root): number | undefined {
  let min: number | undefined;
  visit(tree, 'heading', (node: Heading) => {
    if (min === undefined || node.depth < min) min = node.depth;
  });
  return min;
}

/**
 * Moves every heading `by` levels down, clamped at 6 (Markdown has no 7th
 * level; a clamped heading stays a heading rather than turning into text).
 */
function shiftHeadings(tree: Root, by: number): void {
  if (by <= 0) return;
  visit(tree, 'heading', (node: Heading) => {
    node.depth = Math.min(6, node.depth + by) as Heading['depth'];
  });
}

/**
 * How far to shift a note's headings so that its shallowest one lands at
 * `level` or deeper: notes that start at `#` and notes that start at `###`
 * both nest under the heading the export puts above them.
 */
export function shiftToNest(tree: Root, level: number, atLeast = 0): void {
  const min = minHeadingDepth(tree);
  if (min === undefined) return;
  shiftHeadings(tree, Math.max(atLeast, level - min));
}

/** A place an image URL lives: an inline image, or a definition an image reference uses. */
export type ImageTarget = Image | Definition;

/**
 * Every image URL in the note, in document order. Reference-style images
 * (`![alt][slide]`) point at a definition; that definition is returned once,
 * and only when an image uses it (a link definition is left alone).
 */
export function imageTargets(tree: Root): ImageTarget[] {
  const images: Image[] = [];
  const usedLabels = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'image') images.push(node);
    if (node.type === 'imageReference') usedLabels.add(node.identifier);
  });
  const definitions: Definition[] = [];
  if (usedLabels.size > 0) {
    visit(tree, 'definition', (node: Definition) => {
      if (usedLabels.has(node.identifier)) definitions.push(node);
    });
  }
  return [...images, ...definitions];
}

/** Raw HTML that embeds an image: the export cannot rewrite it safely, so it is reported. */
export function htmlImages(tree: Root): Html[] {
  const found: Html[] = [];
  visit(tree, 'html', (node: Html) => {
    if (/<img\b/i.test(node.value)) found.push(node);
  });
  return found;
}

/** True for URLs that point at the web or inside the page, which the export leaves as they are. */
export function isRemoteUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#');
}
