import { $createParagraphNode, $getRoot, type NodeKey } from 'lexical';
import type { Root, RootContent } from 'mdast';
import { parseMarkdown, stringifyMarkdown } from '../../../shared/markdown';
import { $createRawMarkdownNode } from '../nodes/RawMarkdownNode';
import { canShowBlock, hasExtensionSyntax, listKind } from './fits';
import { $importBlock } from './importBlocks';

/** Where a top-level editor block came from in the Markdown it was opened with. */
export interface SourceBlock {
  key: NodeKey;
  start: number;
  end: number;
}

/**
 * Replaces the editor's content with a note's Markdown body. Blocks the
 * editor can show become rich text; every other block becomes a raw-Markdown
 * block holding its exact source slice. Returns each block's source range
 * (for jumping to a search match). `tree` is `markdown` already parsed
 * (in the background, see backgroundParse.ts). Must run inside `editor.update`.
 */
export function $importMarkdown(
  markdown: string,
  tree: Root = parseMarkdown(markdown),
): SourceBlock[] {
  const blocks = tree.children;
  const shown = blocks.map(
    (block) =>
      canShowBlock(block) &&
      (block.type === 'code' || !hasExtensionSyntax(sourceOf(markdown, block))),
  );
  keepAdjacentListsApart(blocks, shown);
  const root = $getRoot();
  root.clear();
  const sources: SourceBlock[] = [];
  blocks.forEach((block, index) => {
    const node = shown[index]
      ? $importBlock(block, markdown)
      : $createRawMarkdownNode(sourceOf(markdown, block));
    root.append(node);
    sources.push({
      key: node.getKey(),
      start: block.position?.start.offset ?? 0,
      end: block.position?.end.offset ?? 0,
    });
  });
  // The caret needs a block to live in.
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
  return sources;
}

/**
 * Two lists in a row stay two lists in Markdown only through different
 * markers (`-` then `*`). Lexical merges neighbouring lists of one kind, and
 * the stringifier only alternates markers between lists it writes itself,
 * so such neighbours (and raw ones) are kept verbatim.
 */
function keepAdjacentListsApart(blocks: RootContent[], shown: boolean[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const previous = blocks[i - 1];
    const current = blocks[i];
    if (previous.type !== 'list' || current.type !== 'list') continue;
    const bothShown = shown[i - 1] && shown[i];
    const clash = bothShown
      ? listKind(previous) === listKind(current)
      : previous.ordered === current.ordered;
    if (clash) {
      shown[i - 1] = false;
      shown[i] = false;
    }
  }
}

function sourceOf(markdown: string, block: RootContent): string {
  const start = block.position?.start.offset;
  const end = block.position?.end.offset;
  if (start === undefined || end === undefined)
    return stringifyMarkdown({ type: 'root', children: [block] }).trimEnd();
  return markdown.slice(start, end);
}
