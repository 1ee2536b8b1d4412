import type { LexicalEditor } from 'lexical';
import type { SourceBlock } from '../markdown/importMarkdown';

/**
 * Blocks that may wait: their content wraps inside them (the same kinds
 * notesEditor.css lets paint on their own). Tables, code, images and raw
 * blocks render at once.
 */
const DEFERRABLE = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL']);
/** About this many characters of the note's source are rendered per idle moment (a few ms). */
const SLICE_CHARS = 6_000;
/** Characters of a source line that fit on one line of the page, for a block's first size. */
const LINE_CHARS = 90;

const pending = new WeakMap<LexicalEditor, () => void>();

/**
 * Opens a long note without laying it out whole. Each top-level block is
 * left to `content-visibility: auto`, sized from its source until it is
 * shown, so the first frame styles and lays out only what is on screen (for
 * a 20,000-word note of bullets, about 80 ms of some 100 ms of the
 * browser's work on the main thread). The blocks are then rendered for
 * good, in order, a slice per idle moment, and the first key renders
 * whatever is left at once: kept deferred, every keystroke's hit test would
 * walk the skipped blocks again (session 3 measured typing three to four
 * times slower). Nothing in the editor's state changes: a block's text is
 * in the DOM, selectable, searchable and saved whether or not it has been
 * laid out yet.
 */
export function renderBlocksWhenIdle(
  editor: LexicalEditor,
  markdown: string,
  sources: SourceBlock[],
): void {
  if (typeof requestIdleCallback !== 'function') return;
  const root = editor.getRootElement();
  if (!root) return;
  const waiting: HTMLElement[] = [];
  const sizes: number[] = [];
  for (const { key, start, end } of sources) {
    const element = editor.getElementByKey(key);
    if (!element || element.parentElement !== root || !DEFERRABLE.has(element.tagName)) continue;
    element.style.setProperty('content-visibility', 'auto');
    element.style.setProperty(
      'contain-intrinsic-block-size',
      `auto ${(1.55 * lines(markdown, start, end)).toFixed(1)}em`,
    );
    waiting.push(element);
    sizes.push(end - start);
  }
  let next = 0;
  const renderUpTo = (last: number) => {
    for (; next < last; next++) {
      waiting[next].style.removeProperty('content-visibility');
      waiting[next].style.removeProperty('contain-intrinsic-block-size');
    }
  };
  const renderAll = () => {
    renderUpTo(waiting.length);
    pending.delete(editor);
    root.removeEventListener('keydown', renderAll, true);
  };
  pending.set(editor, renderAll);
  // Keys move the caret by the layout (Ctrl+End into a block still deferred lands at its start):
  // the first key renders the rest of the note at once.
  root.addEventListener('keydown', renderAll, true);
  const slice = () => {
    // The note was closed or replaced: its blocks are gone.
    if (editor.getRootElement() !== root || pending.get(editor) !== renderAll) return;
    let last = next;
    for (let chars = 0; last < waiting.length && chars < SLICE_CHARS; last++) chars += sizes[last];
    renderUpTo(last);
    if (next < waiting.length) requestIdleCallback(slice);
    else renderAll();
  };
  requestIdleCallback(slice);
}

/** Renders at once whatever of the note is still deferred (before scrolling to a place in it). */
export function renderDeferredBlocks(editor: LexicalEditor): void {
  pending.get(editor)?.();
}

/** Lines `markdown.slice(start, end)` takes on the page, long lines wrapping. */
function lines(markdown: string, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end;) {
    const newline = markdown.indexOf('\n', at);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    count += Math.max(1, Math.ceil((lineEnd - at) / LINE_CHARS));
    at = lineEnd + 1;
  }
  return count;
}
