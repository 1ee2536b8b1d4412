import { $createCodeNode } from '@lexical/code';
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
} from '@lexical/list';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';

/** The block kinds the toolbar can turn the current line(s) into. */
export type BlockKind =
  'paragraph' | 'h2' | 'h3' | 'h4' | 'quote' | 'code' | 'bullet' | 'number' | 'check';

const CREATORS: Record<Exclude<BlockKind, 'bullet' | 'number' | 'check'>, () => ElementNode> = {
  paragraph: () => $createParagraphNode(),
  h2: () => $createHeadingNode('h2'),
  h3: () => $createHeadingNode('h3'),
  h4: () => $createHeadingNode('h4'),
  quote: () => $createQuoteNode(),
  code: () => $createCodeNode(),
};

/** Turns the selected blocks into `kind` (lists through Lexical's list commands). */
export function setBlockKind(editor: LexicalEditor, kind: BlockKind): void {
  if (kind === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
  else if (kind === 'number') editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
  else if (kind === 'check') editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined);
  else
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $setBlocksType(selection, CREATORS[kind]);
    });
}

/** A 3×3 table with a header row: the shape GFM tables need. */
export function insertTable(editor: LexicalEditor): void {
  editor.dispatchCommand(INSERT_TABLE_COMMAND, {
    rows: '3',
    columns: '3',
    includeHeaders: { rows: true, columns: false },
  });
}

export function insertHorizontalRule(editor: LexicalEditor): void {
  editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined);
}
