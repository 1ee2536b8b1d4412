import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  type LexicalEditor,
} from 'lexical';
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
      if (!parsing) {
        const typed = typedBeforeLoad(editor);
        onLoaded(loadMarkdown(editor, markdown));
        keepTyped(editor, typed);
        return;
      }
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

/**
 * What the user typed into the editor before the note was in it: a short
 * note loads in an effect, which a loaded machine runs after input, so keys
 * typed the moment the note opened reached an empty editor, and the load
 * replaced them. (A long note's editor is not editable until it is loaded.)
 */
function typedBeforeLoad(editor: LexicalEditor): string[] {
  return editor
    .getEditorState()
    .read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent()),
    )
    .filter((text) => text.trim() !== '');
}

/** Puts those lines back after the note, as typing (saved, undoable), the caret after them. */
function keepTyped(editor: LexicalEditor, typed: string[]): void {
  if (typed.length === 0) return;
  editor.update(
    () => {
      const root = $getRoot();
      const last = root.getLastChild();
      const emptyLast = $isElementNode(last) && last.getTextContent() === '' ? last : null;
      const blocks = typed.map((text) => $createParagraphNode().append($createTextNode(text)));
      blocks.forEach((block) => root.append(block));
      emptyLast?.remove();
      blocks.at(-1)?.selectEnd();
    },
    { discrete: true },
  );
}
