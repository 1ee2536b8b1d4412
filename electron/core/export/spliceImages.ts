import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { stringifyMarkdown } from '../../../shared/markdown';
import type { ImageTarget } from './markdownTransforms';

/**
 * Writes a note back with only its rewritten images changed: each changed
 * image (or image definition) is written anew by the engine and put in place
 * of the span the parser says it came from; every other byte stays as the
 * user wrote it. Returns undefined when that cannot be done safely (no
 * positions, or a span over several lines, where quote or list markers may
 * sit inside it); the caller then writes the whole tree.
 */
export function spliceImages(
  source: string,
  tree: Root,
  changed: ImageTarget[],
): string | undefined {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  const cells = tableCellSpans(tree);
  for (const node of changed) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || source.slice(start, end).includes('\n')) {
      return undefined;
    }
    let text = snippet(node);
    // GFM splits table rows at `|` before reading inlines, so a pipe in a cell must be escaped.
    if (cells.some((cell) => cell.start <= start && end <= cell.end))
      text = text.replaceAll('|', '\\|');
    if (text.includes('\n')) return undefined;
    spans.push({ start, end, text });
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += source.slice(at, span.start) + span.text;
    at = span.end;
  }
  return out + source.slice(at);
}

function snippet(node: ImageTarget): string {
  const block: RootContent =
    node.type === 'definition' ? node : { type: 'paragraph', children: [node] };
  return stringifyMarkdown({ type: 'root', children: [block] }).replace(/\n+$/, '');
}

function tableCellSpans(tree: Root): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  visit(tree, 'tableCell', (cell) => {
    const start = cell.position?.start.offset;
    const end = cell.position?.end.offset;
    if (start !== undefined && end !== undefined) spans.push({ start, end });
  });
  return spans;
}
