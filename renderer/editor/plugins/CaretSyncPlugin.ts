import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  getDOMSelection,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';

/**
 * A key pressed right after the caret moved acts where the caret is now.
 * The browser moves the caret itself (Ctrl+End, arrows, a click) and tells
 * the page in a `selectionchange` task of its own, which a loaded machine
 * runs after input: Lexical's keydown commands (Enter, Backspace, Tab…) read
 * the selection it last heard of, and split the note where the caret used
 * to be. So a keydown first checks the page's caret against the editor's
 * (a read, no update) and takes the page's when they differ.
 */
export function CaretSyncPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        const stale = previous && listeners.get(previous);
        if (stale) previous.removeEventListener('keydown', stale, true);
        if (!root) return;
        const onKeyDown = (event: KeyboardEvent) => {
          if (event.target === root && !event.isComposing) takePageCaret(editor, root);
        };
        listeners.set(root, onKeyDown);
        // Capture: before Lexical's own keydown listener on the same element.
        root.addEventListener('keydown', onKeyDown, true);
      }),
    [editor],
  );
  return null;
}

const listeners = new WeakMap<HTMLElement, (event: KeyboardEvent) => void>();

function takePageCaret(editor: LexicalEditor, root: HTMLElement): void {
  const dom = getDOMSelection(root.ownerDocument.defaultView);
  if (!dom || !dom.anchorNode || !root.contains(dom.anchorNode)) return;
  const stale = editor.read(() => {
    const page = $createRangeSelectionFromDom(dom, editor);
    const known = $getSelection();
    // Only where the caret is: a format toggled for the next letters (Ctrl+B) stays.
    const same =
      $isRangeSelection(known) &&
      page !== null &&
      page.anchor.is(known.anchor) &&
      page.focus.is(known.focus);
    return page !== null && !same;
  });
  if (!stale) return;
  editor.update(
    () => {
      const page = $createRangeSelectionFromDom(dom, editor);
      if (page) $setSelection(page);
    },
    { discrete: true },
  );
}
