import { autoLinkEmailMatcher, autoLinkUrlMatcher, type LinkMatcher } from '@lexical/link';
import { $hasUpdateTag } from 'lexical';
import { LOAD_TAG } from '../plugins/DirtySignalPlugin';

/**
 * Lexical's URL and e-mail matchers for AutoLinkPlugin, silent while a note
 * loads. Links in a note come from its Markdown (GFM already links bare
 * URLs and addresses); the transform is there for what the user types.
 * Left to run on a load, it matched both patterns against every text of the
 * note and linked URLs the Markdown does not link, such as one in
 * `inline code`: the note on screen was then not the note on disk, and the
 * next save rewrote it.
 */
export const TYPED_LINK_MATCHERS: LinkMatcher[] = [autoLinkUrlMatcher, autoLinkEmailMatcher].map(
  (matcher) => (text) => ($hasUpdateTag(LOAD_TAG) ? null : matcher(text)),
);
