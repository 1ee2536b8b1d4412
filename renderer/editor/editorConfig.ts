import { CodeNode } from '@lexical/code';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import { HardBreakNode } from './nodes/HardBreakNode';
import { ImageNode } from './nodes/ImageNode';
import { RawMarkdownNode } from './nodes/RawMarkdownNode';

/**
 * Every node a note can hold. The React editor and the headless one used by
 * tests and benchmarks register exactly this list, so what round-trips in a
 * test round-trips in the app.
 */
export const NOTE_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  CodeNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  HorizontalRuleNode,
  HardBreakNode,
  ImageNode,
  RawMarkdownNode,
];

/** Class names only; colours and spacing live in notesEditor.css behind CSS variables. */
export const NOTE_THEME: EditorThemeClasses = {
  paragraph: 'cn-p',
  heading: { h1: 'cn-h1', h2: 'cn-h2', h3: 'cn-h3', h4: 'cn-h4', h5: 'cn-h5', h6: 'cn-h6' },
  quote: 'cn-quote',
  code: 'cn-code',
  link: 'cn-link',
  hr: 'cn-hr',
  list: {
    ul: 'cn-ul',
    ol: 'cn-ol',
    checklist: 'cn-checklist',
    listitem: 'cn-li',
    listitemChecked: 'cn-li-checked',
    listitemUnchecked: 'cn-li-unchecked',
    nested: { listitem: 'cn-li-nested' },
  },
  table: 'cn-table',
  tableRow: 'cn-tr',
  tableCell: 'cn-td',
  tableCellHeader: 'cn-th',
  text: {
    bold: 'cn-bold',
    italic: 'cn-italic',
    strikethrough: 'cn-strike',
    code: 'cn-inline-code',
  },
};

/** Lexical reports broken invariants here; a note must never be silently mangled. */
export function throwEditorError(error: Error): never {
  throw error;
}
