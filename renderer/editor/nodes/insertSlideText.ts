import { $createQuoteNode } from '@lexical/rich-text';
import { $createTextNode, $getNodeByKey, type NodeKey } from 'lexical';
import { $createHardBreakNode } from './HardBreakNode';
import { $isImageNode } from './ImageNode';

/**
 * Puts the text read from a slide photo under it, as a quote (the slide's
 * words, not the attendee's), a line of the slide per line. Runs inside
 * `editor.update`; false when the image is gone or the text is empty.
 */
export function $insertSlideText(imageKey: NodeKey, text: string): boolean {
  const image = $getNodeByKey(imageKey);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (!$isImageNode(image) || lines.length === 0) return false;
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
