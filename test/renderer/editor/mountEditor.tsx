import type { LexicalEditor } from 'lexical';
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  NotesEditor,
  type NotesEditorHandle,
  type NotesEditorProps,
} from '../../../renderer/editor/NotesEditor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom does no layout; Lexical measures the caret to scroll it into view.
const rangeProto = Range.prototype as Partial<
  Pick<Range, 'getBoundingClientRect' | 'getClientRects'>
>;
rangeProto.getBoundingClientRect ??= () => new DOMRect();
rangeProto.getClientRects ??= () => Object.assign([] as DOMRect[], { item: () => null });

export interface Mounted {
  container: HTMLElement;
  handle: () => NotesEditorHandle;
  /** Re-renders with changed props. */
  update: (props: Partial<NotesEditorProps>) => Promise<void>;
  calls: { changes: number; opened: string[]; images: File[] };
  unmount: () => Promise<void>;
}

/** Mounts the real NotesEditor (React 19 + Lexical) into jsdom. */
export async function mountEditor(props: Partial<NotesEditorProps> = {}): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const calls: Mounted['calls'] = { changes: 0, opened: [], images: [] };
  const ref = createRef<NotesEditorHandle>();
  let current: NotesEditorProps = {
    noteKey: 'note-1',
    markdown: '',
    onChange: () => void calls.changes++,
    onImageFile: async (file) => {
      calls.images.push(file);
      return { src: `assets/talk-${String(calls.images.length).padStart(2, '0')}.png` };
    },
    resolveImageSrc: (src) => `confnotes-asset://library/${src}`,
    onOpenLink: (url) => void calls.opened.push(url),
    now: () => new Date(2021, 9, 28, 14, 5),
    ...props,
    ref,
  };
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(<NotesEditor {...current} />);
  });
  return {
    container,
    handle: () => {
      if (ref.current === null) throw new Error('NotesEditor did not expose its handle');
      return ref.current;
    },
    update: async (patch) => {
      current = { ...current, ...patch };
      await act(async () => root?.render(<NotesEditor {...current} />));
    },
    calls,
    unmount: async () => {
      await act(async () => root?.unmount());
      container.remove();
    },
  };
}

/** The Lexical editor behind a mounted NotesEditor (Lexical keeps it on its root element). */
export function editorOf(mounted: Mounted): LexicalEditor {
  const root = mounted.container.querySelector<HTMLElement & { __lexicalEditor?: LexicalEditor }>(
    '[data-lexical-editor="true"]',
  );
  const editor = root?.__lexicalEditor;
  if (!editor) throw new Error('no Lexical editor mounted');
  return editor;
}
