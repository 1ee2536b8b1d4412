import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type LexicalEditor } from 'lexical';
import { NOTE_NODES, throwEditorError } from '../../../renderer/editor/editorConfig';
import { $exportMarkdown } from '../../../renderer/editor/markdown/exportMarkdown';
import { $importMarkdown } from '../../../renderer/editor/markdown/importMarkdown';

/** A real Lexical editor without a DOM, registered with the app's own node list. */
export function createNoteEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: [...NOTE_NODES],
    onError: throwEditorError,
  });
}

/** Opens Markdown in a fresh editor. */
export function openMarkdown(markdown: string): LexicalEditor {
  const editor = createNoteEditor();
  editor.update(() => void $importMarkdown(markdown), { discrete: true });
  return editor;
}

export function readMarkdown(editor: LexicalEditor): string {
  return editor.getEditorState().read($exportMarkdown);
}

/** Markdown → editor → Markdown. */
export function roundTrip(markdown: string): string {
  return readMarkdown(openMarkdown(markdown));
}

/** The types of the editor's top-level blocks, e.g. ['heading', 'list', 'raw-markdown']. */
export function blockTypes(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => node.getType()),
  );
}
