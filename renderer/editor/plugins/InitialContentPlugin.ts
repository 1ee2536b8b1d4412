import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Root } from 'mdast';
import { useEffect } from 'react';
import type { SourceBlock } from '../markdown/importMarkdown';
import { loadMarkdown } from '../notesHandle';

interface Props {
  markdown: string;
  /** `markdown` being parsed in the background (parseInBackground); without it, it is parsed here. */
  parsing?: Promise<Root>;
  onLoaded: (sources: SourceBlock[]) => void;
}

/**
 * Loads the note once the other plugins are registered; render it last.
 * Loading through `initialConfig.editorState` instead builds the note
 * before them, and each plugin's node transform then marks every node of
 * its type dirty: a second transform and reconcile pass over all 20,000
 * words. Here the transforms run once, inside the load (which is tagged so
 * it neither counts as an edit nor lands in the undo history). A long note
 * parsed in the background loads when its tree arrives (the editor is not
 * editable and says it is busy until then); should that fail, it is parsed
 * here after all.
 */
export function InitialContentPlugin({ markdown, parsing, onLoaded }: Props): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () => {
      if (!parsing) return void onLoaded(loadMarkdown(editor, markdown));
      let live = true;
      const busy = editor.getRootElement();
      busy?.setAttribute('aria-busy', 'true');
      const load = (tree?: Root) => {
        busy?.removeAttribute('aria-busy');
        if (live) onLoaded(loadMarkdown(editor, markdown, tree));
      };
      parsing.then(load, () => load());
      return () => {
        live = false;
      };
    },
    // Once per mount: NotesEditor re-mounts the session for another note.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor],
  );
  return null;
}
