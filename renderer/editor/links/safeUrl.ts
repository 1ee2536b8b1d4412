import type { DOMConversionMap } from 'lexical';

/**
 * Which link targets a note may open. Lexical's LinkNode already neutralises
 * dangerous schemes in the `href` it renders; these checks are stricter (no
 * `tel:`/`sms:`) and guard the two places a URL leaves the editor: a click
 * handed to the app's opener, and a pasted URL turned into a link.
 */

const OPENABLE_SCHEMES = new Set(['http', 'https', 'mailto']);

// Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const IGNORED = /[\u0000-\u001F\u007F\s]/g;

/** http, https, mailto, or a relative reference (`assets/x.png`, `#notes`); never `//host`. */
export function isSafeLinkUrl(url: string): boolean {
  const cleaned = url.replace(IGNORED, '');
  if (cleaned === '') return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (scheme === null) return !/^[/\\]{2}/.test(cleaned);
  return OPENABLE_SCHEMES.has(scheme[1].toLowerCase());
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
