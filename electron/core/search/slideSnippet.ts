import type { SlideText } from '../../../shared/slides';
import { makeSnippet, matchWeights, type Snippet } from './snippet';

/**
 * The snippet of a hit found on a slide: the passage of the slide photo
 * whose text holds the most (and best) matched words, with that photo's
 * src, which the results show as a thumbnail "on a slide" and open the
 * talk scrolled to. Null when the talk has no slide text; with no matched
 * word (an `in:slides` listing), the first slide's text.
 */
export function slideSnippet(
  slides: SlideText[] | undefined,
  matched: ReadonlySet<string>,
  typed: string[],
  phrases: string[][],
): (Snippet & { slide: { src: string } }) | null {
  if (!slides || slides.length === 0) return null;
  const weights = matchWeights(matched, typed);
  let best: { snippet: Snippet; src: string; score: number } | null = null;
  for (const { src, text } of slides) {
    const snippet = makeSnippet(text, weights, phrases);
    const score = snippet.highlights.length;
    if (!best || score > best.score) best = { snippet, src, score };
  }
  if (!best || (best.score === 0 && matched.size > 0)) return null;
  // The match is on a photo, not in the notes' text: nothing to scroll to in the text.
  return { ...best.snippet, match: null, slide: { src: best.src } };
}
