import type { Protocol } from 'electron';

/**
 * The app's two custom schemes. The renderer is served from its own origin
 * rather than file://, so 'self' in the CSP means exactly the app's files and
 * file:// needs no extra privileges (the fuse that grants them is off).
 */
export const APP_SCHEME = 'confnotes-app';
export const APP_HOST = 'renderer';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Images referenced from notes: `${ASSET_URL_PREFIX}${noteId}/${encodeURIComponent(src)}`. */
export const ASSET_SCHEME = 'confnotes-asset';
export const ASSET_HOST = 'library';
export const ASSET_URL_PREFIX = `${ASSET_SCHEME}://${ASSET_HOST}/`;

/**
 * Must run before the app is ready. Both schemes are standard (so URLs have a
 * host and resolve relative paths) and secure (so the page is a secure
 * context); neither may bypass the CSP.
 */
export function registerPrivilegedSchemes(
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>,
): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** True when `url` is a page of the app itself (the only page allowed to call main). */
export function isAppUrl(url: string): boolean {
  try {
    // The WHATWG origin of a non-special scheme is opaque ("null"), so compare the parts.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
