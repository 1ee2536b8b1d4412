import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
} from 'lexical';
import { useEffect, useState } from 'react';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
  code: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

const INITIAL: ToolbarState = {
  bold: false,
  italic: false,
  strikethrough: false,
  code: false,
  link: false,
  canUndo: false,
  canRedo: false,
};

/**
 * Which toggles are on at the caret. Reads a handful of flags per update and
 * only sets React state when one of them changed, so typing does not
 * re-render the toolbar.
 */
export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState(INITIAL);
  useEffect(() => {
    const merge = (patch: Partial<ToolbarState>) =>
      setState((previous) =>
        (Object.keys(patch) as (keyof ToolbarState)[]).some((key) => previous[key] !== patch[key])
          ? { ...previous, ...patch }
          : previous,
      );
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          const anchor = selection.anchor.getNode();
          merge({
            bold: selection.hasFormat('bold'),
            italic: selection.hasFormat('italic'),
            strikethrough: selection.hasFormat('strikethrough'),
            code: selection.hasFormat('code'),
            link: $findMatchingParent(anchor, $isLinkNode) !== null,
          });
        });
      }),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (canUndo) => (merge({ canUndo }), false),
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (canRedo) => (merge({ canRedo }), false),
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);
  return state;
}
