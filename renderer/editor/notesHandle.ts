import { $getRoot, type LexicalEditor } from 'lexical';
import type { Root } from 'mdast';
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

/** Loads Markdown (parsed already as `tree`, if given) as the editor's content without it counting as a user edit. */
export function loadMarkdown(editor: LexicalEditor, markdown: string, tree?: Root): SourceBlock[] {
  let sources: SourceBlock[] = [];
  editor.update(() => (sources = $importMarkdown(markdown, tree)), {
    tag: [LOAD_TAG, 'history-merge'],
    discrete: true,
  });
  return sources;
}

/** Whether the note the editor opened with is in it yet (a long one is parsed in the background first). */
export interface NoteLoad {
  /** The note as opened: what there is to save until it is loaded. */
  markdown: string;
  loaded: boolean;
  /** What the app (and the handle itself) asked of the editor before the note was in it, in order. */
  queued: Array<() => void>;
}

export function createNotesHandle(
  editorRef: RefObject<LexicalEditor | null>,
  sources: RefObject<SourceBlock[]>,
  load: NoteLoad,
): NotesEditorHandle {
  // Before the note is loaded the editor is empty: its text is the note as opened, and
  // requests wait for the note (a search hit opened in a long note scrolls once it is there).
  const withEditor = (run: (editor: LexicalEditor) => void): void => {
    const now = () => editorRef.current && run(editorRef.current);
    if (load.loaded) now();
    else load.queued.push(now);
  };
  // Autosave asks once a second while the user types: only changed blocks are written again.
  const exporter = new IncrementalMarkdownExporter();
  withEditor((editor) => primeWhenIdle(editor, exporter));
  return {
    getMarkdown: () =>
      load.loaded && editorRef.current
        ? editorRef.current.read(() => exporter.$export())
        : load.markdown,
    focus: () => withEditor((editor) => editor.focus()),
    insertText: (text) =>
      withEditor((editor) => editor.update(() => $insertTextAtCaret(text), { discrete: true })),
    scrollToOffset: (bodyOffset, terms = []) =>
      withEditor((editor) => scrollToOffset(editor, sources.current, bodyOffset, terms)),
    replaceMarkdown: (markdown) =>
      withEditor((editor) => {
        sources.current = loadMarkdown(editor, markdown);
        editor.update(() => $getRoot().selectStart(), { tag: LOAD_TAG, discrete: true });
      }),
  };
}

/** Blocks per slice of priming: a few ms of work once the code is warm. */
const PRIME_BLOCKS = 24;

/**
 * Writes the opened note into the exporter's caches in idle slices (the
 * window has nothing else to do), so the first autosave rewrites only the
 * blocks typed in, not a long note's every block in one long task while the
 * user types. Stops when the editor is gone.
 */
function primeWhenIdle(editor: LexicalEditor, exporter: IncrementalMarkdownExporter): void {
  if (typeof requestIdleCallback !== 'function') return;
  const step = (deadline: IdleDeadline) => {
    if (!editor.getRootElement()) return;
    let done = false;
    while (!done && deadline.timeRemaining() > 4)
      done = editor.read(() => exporter.$prime(PRIME_BLOCKS));
    if (!done) requestIdleCallback(step);
  };
  requestIdleCallback(step);
}
