import { forwardRef, useImperativeHandle, useRef } from 'react';

/**
 * Stand-in for the Lexical `<NotesEditor>` (renderer/editor, written in
 * parallel) with the same imperative handle, so the app, autosave and the
 * end-to-end tests can run before it lands. A plain textarea of Markdown.
 */
export interface NotesEditorHandle {
  getMarkdown(): string;
  focus(): void;
  insertText(text: string): void;
  scrollToOffset(offset: number): void;
}

export interface NotesEditorProps {
  markdown: string;
  onChange: () => void;
  spellcheck?: boolean;
}

export const PlaceholderEditor = forwardRef<NotesEditorHandle, NotesEditorProps>(function PlaceholderEditor(
  { markdown, onChange, spellcheck },
  ref,
) {
  const area = useRef<HTMLTextAreaElement>(null);
  // The text is mirrored so getMarkdown works after unmount (autosave flushes then).
  const text = useRef(markdown);
  useImperativeHandle(ref, () => ({
    getMarkdown: () => text.current,
    focus: () => area.current?.focus(),
    insertText: (value) => {
      const el = area.current;
      if (!el) return;
      el.setRangeText(value, el.selectionStart, el.selectionEnd, 'end');
      text.current = el.value;
      onChange();
    },
    scrollToOffset: (offset) => {
      area.current?.setSelectionRange(offset, offset);
      area.current?.focus();
    },
  }));
  return (
    <textarea
      ref={area}
      className="notes-editor"
      aria-label="Notes"
      defaultValue={markdown}
      spellCheck={spellcheck ?? true}
      onChange={(event) => {
        text.current = event.target.value;
        onChange();
      }}
    />
  );
});
