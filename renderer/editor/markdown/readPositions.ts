import type { Node, Root } from 'mdast';

/**
 * `tree` (in place) with only the positions the editor reads: its top-level blocks'
 * (where each block came from) and links' (the form they were written in).
 * The others are most of what a tree costs to send to the window and to
 * read there (a 20,000-word note of bullets: ~2,000 paragraphs and texts).
 */
export function withReadPositions(tree: Root): Root {
  const drop = (node: Node) => {
    if (node.type !== 'link') delete node.position;
    if ('children' in node) for (const child of node.children as Node[]) drop(child);
  };
  for (const block of tree.children)
    if ('children' in block) for (const child of block.children as Node[]) drop(child);
  return tree;
}
