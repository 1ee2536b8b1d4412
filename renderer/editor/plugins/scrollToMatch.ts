import { $getNearestNodeFromDOMNode, $isTextNode, type LexicalEditor } from 'lexical';
import type { SourceBlock } from '../markdown/importMarkdown';
import { renderDeferredBlocks } from './deferredBlocks';

const HIGHLIGHT_NAME = 'confnotes-search';

/**
 * Scrolls to the block that held `bodyOffset` when the note was opened (a
 * search hit), highlights the search terms in it and puts the caret on the
 * first one. Raw-Markdown blocks get the match selected in their text area.
 */
export function scrollToOffset(
  editor: LexicalEditor,
  sources: SourceBlock[],
  bodyOffset: number,
  terms: string[],
): void {
  const source =
    sources.find((block) => bodyOffset >= block.start && bodyOffset < block.end) ??
    sources.find((block) => block.start >= bodyOffset) ??
    sources[sources.length - 1];
  const element = (source && editor.getElementByKey(source.key)) ?? editor.getRootElement();
  if (!element) return;
  // Blocks above the match must have their real size for it to land where it is aimed.
  renderDeferredBlocks(editor);
  if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
  const words = terms.map((term) => term.toLowerCase()).filter((term) => term.length > 0);
  const textArea = element.querySelector('textarea');
  if (textArea) {
    const at = firstMatch(textArea.value.toLowerCase(), words);
    if (at) textArea.setSelectionRange(at.index, at.index + at.length);
    return;
  }
  const ranges = matchRanges(element, words);
  highlight(ranges);
  const first = ranges[0];
  if (!first) return;
  editor.update(() => {
    const node = $getNearestNodeFromDOMNode(first.startContainer);
    if ($isTextNode(node)) node.select(first.startOffset, first.endOffset);
  });
}

function firstMatch(text: string, words: string[]): { index: number; length: number } | null {
  let best: { index: number; length: number } | null = null;
  for (const word of words) {
    const index = text.indexOf(word);
    if (index >= 0 && (best === null || index < best.index)) best = { index, length: word.length };
  }
  return best;
}

function matchRanges(element: HTMLElement, words: string[]): Range[] {
  const ranges: Range[] = [];
  if (words.length === 0) return ranges;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = (node.textContent ?? '').toLowerCase();
    for (const word of words) {
      for (
        let index = text.indexOf(word);
        index >= 0;
        index = text.indexOf(word, index + word.length)
      ) {
        const range = element.ownerDocument.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + word.length);
        ranges.push(range);
      }
    }
  }
  return ranges;
}

/** CSS Custom Highlights mark text without touching the document Lexical owns. */
function highlight(ranges: Range[]): void {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)
    ?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown })
    .Highlight;
  if (!registry || !HighlightClass) return;
  if (ranges.length === 0) registry.delete(HIGHLIGHT_NAME);
  else registry.set(HIGHLIGHT_NAME, new HighlightClass(...ranges));
}
