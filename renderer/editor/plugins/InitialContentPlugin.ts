import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { SourceBlock } from '../markdown/importMarkdown';
import { loadMarkdown } from '../notesHandle';

interface Props {
  markdown: string;
  onLoaded: (sources: SourceBlock[]) => void;
}

/**
 * Loads the note once the other plugins are registered; render it last.
 * Loading through `initialConfig.editorState` instead builds the note
 * before them, and each plugin's node transform then marks every node of
 * its type dirty: a second transform and reconcile pass over all 20,000
 * words. Here the transforms run once, inside the load (which is tagged so
 * it neither counts as an edit nor lands in the undo history).
 */
export function InitialContentPlugin({ markdown, onLoaded }: Props): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () => {
      onLoaded(loadMarkdown(editor, markdown));
    },
    // Once per mount: NotesEditor re-mounts the session for another note.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor],
  );
  return null;
}
