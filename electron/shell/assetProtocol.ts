import { readFile } from 'node:fs/promises';
import { realInside } from '../core/fs/containment';
import type { LibraryService } from '../core/library/types';
import { ASSET_HOST, ASSET_SCHEME } from './protocols';
import { imageContentType } from './mimeTypes';

/** What the asset protocol needs from the library: its root and the checked resolver. */
export type AssetSource = Pick<LibraryService, 'root' | 'resolveAsset'>;

/**
 * Serves `confnotes-asset://library/<noteId>/<encodeURIComponent(src)>`: an
 * image a note references. The renderer passes a note id and the src as
 * written in the note, never a file path. The library resolves it (realpath,
 * inside the library); this handler checks again on its own, so a bug in one
 * layer does not open the disk, and serves images only.
 */
export function createAssetHandler(
  getSource: () => AssetSource,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return text(405, 'Method not allowed');
    const target = parseAssetUrl(request.url);
    if (!target) return text(400, 'Not an asset URL');
    const source = getSource();
    let file: string;
    try {
      file = await source.resolveAsset(target.noteId, target.src);
    } catch {
      return text(404, 'No such image in the library');
    }
    const real = await realInside(source.root, file);
    if (!real) return text(403, 'Refused: outside the library');
    const type = imageContentType(real);
    if (!type) return text(403, 'Refused: not an image');
    let bytes: Buffer;
    try {
      bytes = await readFile(real);
    } catch {
      return text(404, 'No such image in the library');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
      status: 200,
      headers: {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        // An SVG opened on its own must not run its scripts.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/** Splits an asset URL into its note id and src; null when it is not one. */
export function parseAssetUrl(raw: string): { noteId: string; src: string } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${ASSET_SCHEME}:` || url.host !== ASSET_HOST) return null;
  const match = /^\/([A-Za-z0-9_-]{1,100})\/(.+)$/.exec(url.pathname);
  if (!match) return null;
  let src: string;
  try {
    src = decodeURIComponent(match[2]);
  } catch {
    return null;
  }
  if (src.includes('\0') || src.length > 4096) return null;
  return { noteId: match[1], src };
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
