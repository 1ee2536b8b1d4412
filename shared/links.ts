/**
 * The one rule for links a user clicks in a note. Main applies it before
 * opening anything (electron/shell/linkOpener.ts); the renderer may apply it
 * first to grey out links that would be refused. Anything unexpected is
 * refused: a note is untrusted input (see the Joplin and Obsidian CVEs in
 * issue 8).
 */
export type LinkDecision =
  /** Open in the system browser or mail client. `url` is the parsed, normalised href. */
  | { action: 'open'; url: string }
  /** A local file: show it in its folder, never open or run it. */
  | { action: 'reveal'; url: string }
  | { action: 'refuse'; reason: string };

const OPENABLE = new Set(['http:', 'https:', 'mailto:']);
const MAX_LENGTH = 8192;
// URL parsing silently drops tabs and newlines (`java\tscript:`) and trims
// control characters; refusing them keeps what we check equal to what we open.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Decides what clicking `raw` may do. Never throws. */
export function checkLink(raw: unknown): LinkDecision {
  if (typeof raw !== 'string' || raw.length === 0) return refuse('The link is empty.');
  if (raw.length > MAX_LENGTH) return refuse('The link is too long.');
  if (CONTROL.test(raw)) return refuse('The link contains control characters.');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('The link is not a valid absolute URL.');
  }
  if (OPENABLE.has(url.protocol)) {
    if (url.protocol !== 'mailto:' && url.hostname === '') return refuse('The link has no host.');
    if (url.username !== '' || url.password !== '') {
      return refuse('Links with a user name or password are not opened.');
    }
    return { action: 'open', url: url.href };
  }
  if (url.protocol === 'file:') {
    // A host (file://server/share) or a leading `//` in the path would reach
    // a network share on Windows and leak the user's credentials to it.
    if ((url.hostname !== '' && url.hostname !== 'localhost') || url.pathname.startsWith('//')) {
      return refuse('Links to files on other machines are not opened.');
    }
    return { action: 'reveal', url: url.href };
  }
  return refuse(`Links starting with ${url.protocol} are not opened.`);
}

/**
 * Where a link in a note points, read as a browser would: `relative` (another
 * note, an image beside it, `#anchor`), `other-machine` (`//host/…`, `\\\\share`:
 * a network path that borrows the page's scheme) or `absolute` (has a scheme;
 * `checkLink` decides). Browsers skip control characters and spaces before
 * and inside a scheme (`java\tscript:`), so they are skipped here too.
 */
export type LinkTarget = 'relative' | 'other-machine' | 'absolute';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SKIPPED_BY_BROWSERS = /[\u0000-\u0020\u007f\s]/g;

/** Which kind of target `url` is; never throws. */
export function linkTarget(url: string): LinkTarget {
  const cleaned = url.replace(SKIPPED_BY_BROWSERS, '');
  if (/^[/\\]{2}/.test(cleaned)) return 'other-machine';
  return /^[a-z][a-z0-9+.-]*:/i.test(cleaned) ? 'absolute' : 'relative';
}

function refuse(reason: string): LinkDecision {
  return { action: 'refuse', reason };
}
