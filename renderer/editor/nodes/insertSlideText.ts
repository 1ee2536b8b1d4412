import { $createQuoteNode } from '@lexical/rich-text';
import { $createTextNode, type LexicalNode } from 'lexical';
import { $createHardBreakNode } from './HardBreakNode';

/**
 * Puts the text read from a slide photo under the photo `image`, as a
 * quote (the slide's words, not the attendee's), a line of the slide per
 * line. Runs inside `editor.update`; false when the text is empty.
 */
export function $insertSlideText(image: LexicalNode, text: string): boolean {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length === 0) return false;
  // The image sits in a paragraph (or at the top level): the quote goes after that block.
  const block = image.getTopLevelElement() ?? image;
  const quote = $createQuoteNode();
  lines.forEach((line, i) => {
    // Hard breaks: a slide's lines stay lines once written as Markdown and shown elsewhere.
    if (i > 0) quote.append($createHardBreakNode());
    quote.append($createTextNode(line));
  });
  block.insertAfter(quote);
  quote.selectEnd();
  return true;
}
