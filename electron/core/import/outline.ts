import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Every format ends as one Markdown tree; the reader looks at it as an
 * outline of blocks: headings, paragraphs, and the items of top-level lists
 * (a list of talks is as common as headings of talks). Blocks keep their
 * nodes, so a talk's body is rebuilt from the very nodes it was read from.
 */
export interface Block {
  type: 'heading' | 'paragraph' | 'item' | 'other';
  node: RootContent | ListItem;
  /** Heading depth; 0 for other blocks. */
  depth: number;
  /** Plain text of the block, as meant (struck-out words left out). */
  text: string;
  /** Its first line as written (a paragraph's lines are kept apart by hard or soft breaks). */
  firstLine: string;
  /** The list an item belongs to. */
  list?: List;
}

export function outline(tree: Root): Block[] {
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'list') {
      for (const item of node.children) blocks.push(itemBlock(item, node));
      continue;
    }
    const text = textOf(node).trim();
    if (node.type === 'heading') {
      blocks.push({ type: 'heading', node, depth: node.depth, text, firstLine: toString(node) });
    } else if (node.type === 'paragraph') {
      blocks.push({ type: 'paragraph', node, depth: 0, text, firstLine: lines(node)[0] ?? '' });
    } else blocks.push({ type: 'other', node, depth: 0, text, firstLine: text.split('\n')[0] });
  }
  return blocks;
}

function itemBlock(item: ListItem, list: List): Block {
  const first = item.children[0];
  const text = textOf(item).trim();
  const firstLine =
    first?.type === 'paragraph' ? (lines(first)[0] ?? '') : (text.split('\n')[0] ?? '');
  return { type: 'item', node: item, depth: 0, text, firstLine, list };
}

/** A paragraph's lines as plain text. */
export function lines(paragraph: Paragraph): string[] {
  return lineNodes(paragraph).map((line) =>
    line
      .map((n) => textOf(n))
      .join('')
      .trim(),
  );
}

/**
 * A node's words as a reader reads them: what the writer struck out
 * (`~~Jane Roe~~ Ann Poe`) is no longer meant.
 */
function textOf(node: Nodes): string {
  if (node.type === 'delete') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (!('children' in node)) return '';
  const children = node.children as Nodes[];
  // Blocks are kept apart as toString keeps them (nothing between them).
  return children.map(textOf).join('');
}

/** A paragraph's inline nodes, cut at hard breaks and at newlines in its text. */
export function lineNodes(paragraph: Paragraph): PhrasingContent[][] {
  const result: PhrasingContent[][] = [[]];
  for (const node of paragraph.children) {
    if (node.type === 'break') {
      result.push([]);
      continue;
    }
    if (node.type === 'text' && node.value.includes('\n')) {
      const parts = node.value.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) result.push([]);
        if (part) result[result.length - 1].push({ type: 'text', value: part });
      });
      continue;
    }
    result[result.length - 1].push(node);
  }
  return result.filter((line) => line.length > 0);
}

/**
 * Blocks back to top-level nodes: consecutive items of one list become that
 * list again (with the items' own source positions, so a Markdown body keeps
 * its bytes).
 */
export function toNodes(blocks: Block[]): RootContent[] {
  const nodes: RootContent[] = [];
  let open: { list: List; node: List } | null = null;
  for (const block of blocks) {
    if (block.type !== 'item') {
      open = null;
      nodes.push(block.node);
      continue;
    }
    const item = block.node as ListItem;
    if (open && open.list === block.list) {
      open.node.children.push(item);
      if (open.node.position && item.position) open.node.position.end = item.position.end;
      continue;
    }
    const list = block.list!;
    const index = list.children.indexOf(item);
    const node: List = {
      ...list,
      children: [item],
      ...(list.ordered && typeof list.start === 'number' ? { start: list.start + index } : {}),
      position: item.position ? { ...item.position } : undefined,
    };
    nodes.push(node);
    open = { list, node };
  }
  return nodes;
}
