import { $createCodeNode } from '@lexical/code';
import { $createListItemNode, $createListNode, type ListNode } from '@lexical/list';
import { $createHorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  TableCellHeaderStates,
} from '@lexical/table';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $setState,
  type LexicalNode,
} from 'lexical';
import type { Code, List, RootContent, Table } from 'mdast';
import { codeMetaState, ownItemState, spreadState, tableAlignState } from '../nodes/markdownState';
import { listKind } from './fits';
import { $importPhrasing } from './importInline';

/**
 * One top-level mdast block → one Lexical block; `source` is the Markdown it
 * was parsed from, for facts only the bytes tell. Callers check
 * `canShowBlock` first; this throws on anything it was not meant to get.
 * Must run inside `editor.update`.
 */
export function $importBlock(node: RootContent, source: string): LexicalNode {
  switch (node.type) {
    case 'paragraph':
      return $createParagraphNode().append(...$importPhrasing(node.children, source));
    case 'heading':
      return $createHeadingNode(`h${node.depth}` as HeadingTagType).append(
        ...$importPhrasing(node.children, source),
      );
    case 'thematicBreak':
      return $createHorizontalRuleNode();
    case 'code':
      return $importCode(node);
    case 'blockquote': {
      // A blank line between a quote's paragraphs is two line breaks in the editor.
      const quote = $createQuoteNode();
      node.children.forEach((child, index) => {
        if (child.type !== 'paragraph') throw new Error('A quote can only hold paragraphs here');
        if (index > 0) quote.append($createLineBreakNode(), $createLineBreakNode());
        quote.append(...$importPhrasing(child.children, source));
      });
      return quote;
    }
    case 'list':
      return $importList(node, source);
    case 'table':
      return $importTable(node, source);
    default:
      throw new Error(`The editor cannot show Markdown of type "${node.type}"`);
  }
}

function $importCode(node: Code): LexicalNode {
  const code = $createCodeNode(node.lang ?? undefined);
  if (node.meta) $setState(code, codeMetaState, node.meta);
  node.value.split('\n').forEach((line, index) => {
    if (index > 0) code.append($createLineBreakNode());
    if (line) code.append($createTextNode(line));
  });
  return code;
}

/**
 * Lexical nests a sub-list in its own list item right after its parent
 * item; mdast keeps it inside the parent item. Loose spacing is node state.
 */
function $importList(list: List, source: string): ListNode {
  const kind = listKind(list);
  if (kind === null) throw new Error('This list mixes checkboxes with plain items');
  const listNode = $createListNode(kind, list.start ?? 1);
  $setState(listNode, spreadState, list.spread === true);
  for (const item of list.children) {
    const [first] = item.children;
    const hasText = first?.type === 'paragraph';
    const nested = item.children.filter((child): child is List => child.type === 'list');
    if (hasText || nested.length === 0) {
      const listItem = $createListItemNode(kind === 'check' ? item.checked === true : undefined);
      if (first?.type === 'paragraph') listItem.append(...$importPhrasing(first.children, source));
      listNode.append($setState(listItem, spreadState, item.spread === true));
    }
    nested.forEach((sub, index) => {
      const holder = $createListItemNode().append($importList(sub, source));
      if (!hasText && index === 0) {
        $setState(holder, ownItemState, true);
        $setState(holder, spreadState, item.spread === true);
      }
      listNode.append(holder);
    });
  }
  return listNode;
}

function $importTable(table: Table, source: string): LexicalNode {
  const tableNode = $createTableNode();
  const align = table.align ?? [];
  $setState(tableNode, tableAlignState, align);
  const width = table.children[0]?.children.length ?? 0;
  table.children.forEach((row, rowIndex) => {
    const rowNode = $createTableRowNode();
    for (let column = 0; column < width; column++) {
      const header = rowIndex === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS;
      const paragraph = $createParagraphNode();
      paragraph.setFormat(align[column] ?? '');
      const cell = row.children[column];
      if (cell) paragraph.append(...$importPhrasing(cell.children, source));
      rowNode.append($createTableCellNode(header).append(paragraph));
    }
    tableNode.append(rowNode);
  });
  return tableNode;
}
