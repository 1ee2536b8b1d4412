import type { DOMConversionMap } from 'lexical';
import { checkLink, linkTarget } from '../../../shared/links';

/**
 * Which link targets a note may open. Lexical's LinkNode already neutralises
 * dangerous schemes in the `href` it renders; these checks are stricter (no
 * `tel:`/`sms:`) and guard the two places a URL leaves the editor: a click
 * handed to the app's opener, and a pasted URL turned into a link.
 */

/**
 * A relative reference (`assets/x.png`, `#notes`) or a link the app's opener
 * opens (http, https, mailto: the rule in shared/links.ts); never `//host`,
 * never a file the opener would only reveal.
 */
export function isSafeLinkUrl(url: string): boolean {
  if (url.trim() === '') return false;
  const target = linkTarget(url);
  if (target === 'relative') return true;
  return target === 'absolute' && checkLink(url).action === 'open';
}

/**
 * True for text that is an absolute http(s) or mailto URL and nothing else:
 * pasting it over a selection links the selection.
 */
export function isPastableUrl(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return false;
  if (!/^(https?:\/\/|mailto:)/i.test(trimmed)) return false;
  try {
    return isSafeLinkUrl(new URL(trimmed).href);
  } catch {
    return false;
  }
}

/**
 * Pasted HTML's `<a>` elements with a target the editor would not open
 * (`javascript:`, `file:`, `smb:`, …) import as their words only: a poisoned
 * clipboard must not plant a script link in the user's note file, where a
 * site generator or another app may later render it live. Safe links fall
 * through to LinkNode's own conversion.
 */
export const PASTED_LINK_CONVERSIONS: DOMConversionMap = {
  a: (element) => {
    const href = element.getAttribute('href');
    if (href === null || isSafeLinkUrl(href)) return null;
    return { conversion: () => ({ node: null }), priority: 4 };
  },
};
