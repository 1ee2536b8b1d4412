import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';

/** Tag for updates that load a note: they are not the user's changes. */
export const LOAD_TAG = 'confnotes-load';

interface Props {
  onDirty: () => void;
}

/**
 * Tells the app "the note changed" and nothing more. Serialising a 20,000
 * word note on every keystroke would cost the typing path; the app pulls
 * `getMarkdown()` when it saves. Selection moves change no nodes and are
 * not reported; like Lexical's OnChangePlugin, neither are history-merge
 * updates (loading, plugins marking nodes dirty when they register).
 */
export function DirtySignalPlugin({ onDirty }: Props): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (tags.has(LOAD_TAG) || tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
        onDirty();
      }),
    [editor, onDirty],
  );
  return null;
}
