import { $isCodeNode } from '@lexical/code';
import { $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $isHorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isTableCellNode, $isTableNode, $isTableRowNode, type TableNode } from '@lexical/table';
import { $getState, $isElementNode, $isLineBreakNode, type LexicalNode } from 'lexical';
import type {
  BlockContent,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import { $isHardBreakNode } from '../nodes/HardBreakNode';
import { codeMetaState, ownItemState, spreadState, tableAlignState } from '../nodes/markdownState';
import { $isRawMarkdownNode } from '../nodes/RawMarkdownNode';
import { $exportInline } from './exportInline';
import { settleLinks } from './settleLinks';

/**
 * One top-level Lexical block → mdast blocks (none when it is empty).
 * Raw-Markdown blocks go out as `html` nodes, which the stringifier writes
 * verbatim; so do links kept in their source form, once checked where
 * they sit (settleLinks.ts). Must run inside `editor.read` or `editor.update`.
 */
export function $exportBlock(node: LexicalNode): RootContent[] {
  return settleLinks($blockTree(node));
}

function $blockTree(node: LexicalNode): RootContent[] {
  if ($isRawMarkdownNode(node)) {
    const value = node
      .getMarkdown()
      .replace(/^(?:[ \t]*\r?\n)+/, '')
      .trimEnd();
    return value ? [{ type: 'html', value }] : [];
  }
  if ($isHorizontalRuleNode(node)) return [{ type: 'thematicBreak' }];
  if ($isCodeNode(node)) {
    const meta = $getState(node, codeMetaState);
    return [
      {
        type: 'code',
        lang: node.getLanguage() ?? null,
        meta: meta || null,
        value: node.getTextContent(),
      },
    ];
  }
  if ($isHeadingNode(node)) {
    const depth = Number(node.getTag().slice(1)) as 1 | 2 | 3 | 4 | 5 | 6;
    // Only setext headings (levels 1–2) can span lines.
    const children = $exportInline(node.getChildren(), depth <= 2 ? 'keep' : 'spaces');
    return children.length > 0 ? [{ type: 'heading', depth, children }] : [];
  }
  if ($isQuoteNode(node)) {
    const paragraphs = splitOnBlankLines(node.getChildren()).flatMap(paragraph);
    return paragraphs.length > 0 ? [{ type: 'blockquote', children: paragraphs }] : [];
  }
  if ($isListNode(node)) return [$exportList(node)];
  if ($isTableNode(node)) return [$exportTable(node)];
  if ($isElementNode(node) && !node.isInline()) return paragraph(node.getChildren());
  return paragraph([node]);
}

function paragraph(nodes: LexicalNode[]): Paragraph[] {
  const children = $exportInline(nodes);
  return children.length > 0 ? [{ type: 'paragraph', children }] : [];
}

/** Two soft line breaks in a row inside a quote separate its paragraphs. */
function splitOnBlankLines(nodes: LexicalNode[]): LexicalNode[][] {
  const groups: LexicalNode[][] = [[]];
  nodes.forEach((node, index) => {
    const next = nodes[index + 1];
    const isSoft = (n: LexicalNode | undefined) => $isLineBreakNode(n) && !$isHardBreakNode(n);
    if (isSoft(node) && isSoft(next)) groups.push([]);
    else if (isSoft(node) && isSoft(nodes[index - 1])) return;
    else groups[groups.length - 1].push(node);
  });
  return groups;
}

function $exportList(list: ListNode): List {
  const type = list.getListType();
  const items: ListItem[] = [];
  for (const child of list.getChildren()) {
    if (!$isListItemNode(child)) continue;
    const nested = child.getChildren().filter($isListNode);
    const isHolder = nested.length > 0 && nested.length === child.getChildrenSize();
    const previous = items[items.length - 1];
    if (isHolder && previous && !$getState(child, ownItemState)) {
      previous.children.push(...nested.map($exportList));
      continue;
    }
    items.push($exportItem(child, type, isHolder));
  }
  return {
    type: 'list',
    ordered: type === 'number',
    start: type === 'number' ? list.getStart() : null,
    spread: $getState(list, spreadState),
    children: items,
  };
}

function $exportItem(item: ListItemNode, type: string, isHolder: boolean): ListItem {
  const children: BlockContent[] = isHolder
    ? item.getChildren().filter($isListNode).map($exportList)
    : paragraph(item.getChildren());
  return {
    type: 'listItem',
    spread: $getState(item, spreadState),
    checked: type === 'check' ? item.getChecked() === true : null,
    children,
  };
}

function $exportTable(table: TableNode): Table {
  const rows: TableRow[] = table
    .getChildren()
    .filter($isTableRowNode)
    .map((row) => ({
      type: 'tableRow',
      children: row
        .getChildren()
        .filter($isTableCellNode)
        .map((cell) => ({ type: 'tableCell', children: cellPhrasing(cell.getChildren()) })),
    }));
  const width = Math.max(0, ...rows.map((row) => row.children.length));
  const align = $getState(table, tableAlignState).slice(0, width);
  while (align.length < width) align.push(null);
  return { type: 'table', align, children: rows };
}

/** A cell's paragraphs joined by spaces: a GFM table row is one line. */
function cellPhrasing(blocks: LexicalNode[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const block of blocks) {
    const children = $exportInline($isElementNode(block) ? block.getChildren() : [block], 'spaces');
    if (children.length === 0) continue;
    if (out.length > 0) out.push({ type: 'text', value: ' ' });
    out.push(...children);
  }
  return out;
}
