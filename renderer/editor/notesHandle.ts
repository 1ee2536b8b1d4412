import { $getRoot, type LexicalEditor } from 'lexical';
import type { RefObject } from 'react';
import { $importMarkdown, type SourceBlock } from './markdown/importMarkdown';
import { IncrementalMarkdownExporter } from './markdown/incrementalExport';
import { LOAD_TAG } from './plugins/DirtySignalPlugin';
import { $insertTextAtCaret } from './plugins/insertTime';
import { scrollToOffset } from './plugins/scrollToMatch';

/** What the app can ask of an open NotesEditor. */
export interface NotesEditorHandle {
  /** The note as Markdown; flushes pending edits first. Call when saving. */
  getMarkdown(): string;
  focus(): void;
  /** Inserts plain text at the caret (or at the end when the note has no caret). */
  insertText(text: string): void;
  /** Scrolls to the block holding `bodyOffset` of the Markdown the note was opened with, highlighting `terms`. */
  scrollToOffset(bodyOffset: number, terms?: string[]): void;
  /** Replaces the content (e.g. the file changed on disk and there were no unsaved edits); not undoable. */
  replaceMarkdown(markdown: string): void;
}

/** Loads Markdown as the editor's content without it counting as a user edit. */
export function loadMarkdown(editor: LexicalEditor, markdown: string): SourceBlock[] {
  let sources: SourceBlock[] = [];
  editor.update(() => (sources = $importMarkdown(markdown)), {
    tag: [LOAD_TAG, 'history-merge'],
    discrete: true,
  });
  return sources;
}

export function createNotesHandle(
  editorRef: RefObject<LexicalEditor | null>,
  sources: RefObject<SourceBlock[]>,
): NotesEditorHandle {
  const withEditor = <T>(fallback: T, run: (editor: LexicalEditor) => T): T =>
    editorRef.current ? run(editorRef.current) : fallback;
  // Autosave asks once a second while the user types: only changed blocks are written again.
  const exporter = new IncrementalMarkdownExporter();
  return {
    getMarkdown: () => withEditor('', (editor) => editor.read(() => exporter.$export())),
    focus: () => withEditor(undefined, (editor) => editor.focus()),
    insertText: (text) =>
      withEditor(undefined, (editor) =>
        editor.update(() => $insertTextAtCaret(text), { discrete: true }),
      ),
    scrollToOffset: (bodyOffset, terms = []) =>
      withEditor(undefined, (editor) => scrollToOffset(editor, sources.current, bodyOffset, terms)),
    replaceMarkdown: (markdown) =>
      withEditor(undefined, (editor) => {
        sources.current = loadMarkdown(editor, markdown);
        editor.update(() => $getRoot().selectStart(), { tag: LOAD_TAG });
      }),
  };
}
