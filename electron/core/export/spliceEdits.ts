import type { PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { stringifyMarkdown } from '../../../shared/markdown';

/**
 * A change the export made to a note's tree: `node` (which still carries
 * the position the parser gave it) now reads as `replacement`, written by
 * the engine. An image whose link now points at its copy is its own
 * replacement.
 */
export interface Edit {
  node: RootContent;
  replacement: RootContent[];
  /** The node is a block directly in the note, so it may span lines. */
  topLevel: boolean;
}

/**
 * Writes a note back with only its edited nodes changed: each replacement
 * is written by the engine and put in place of the span the parser says the
 * node came from; every other byte stays as the user wrote it. Returns
 * undefined when that cannot be done safely (no positions, spans that
 * overlap, or a span over several lines inside a quote or a list, where
 * markers sit inside it); the caller then writes the whole tree.
 */
export function spliceEdits(source: string, tree: Root, edits: Edit[]): string | undefined {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  const cells = tableCellSpans(tree);
  for (const edit of edits) {
    const start = edit.node.position?.start.offset;
    const end = edit.node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const multiline = source.slice(start, end).includes('\n');
    let text = snippet(edit);
    if (multiline || text.includes('\n')) {
      if (!edit.topLevel) return undefined;
    } else if (cells.some((cell) => cell.start <= start && end <= cell.end)) {
      // GFM splits table rows at `|` before reading inlines, so a pipe in a cell must be escaped.
      text = text.replaceAll('|', '\\|');
    }
    spans.push({ start, end, text });
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) return undefined;
    out += source.slice(at, span.start) + span.text;
    at = span.end;
  }
  return out + source.slice(at);
}

/** Inline replacements are written as a paragraph's content, blocks as themselves. */
function snippet(edit: Edit): string {
  if (edit.replacement.length === 0) return '';
  const inline = edit.replacement.every((node) => !isBlock(node));
  const children: RootContent[] = inline
    ? [{ type: 'paragraph', children: edit.replacement as PhrasingContent[] }]
    : edit.replacement;
  return stringifyMarkdown({ type: 'root', children }).replace(/\n+$/, '');
}

function isBlock(node: RootContent): boolean {
  return [
    'paragraph',
    'heading',
    'code',
    'blockquote',
    'list',
    'thematicBreak',
    'table',
    'definition',
    'footnoteDefinition',
    'yaml',
  ].includes(node.type);
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
