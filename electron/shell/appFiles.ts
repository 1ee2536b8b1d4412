import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { realInside } from '../core/fs/containment';
import { appContentType } from './mimeTypes';
import { APP_HOST, APP_SCHEME } from './protocols';

/**
 * Serves the built renderer (dist/renderer) at `confnotes-app://renderer/…`.
 * Only files inside that folder, only known types, each with the CSP header.
 */
export function createAppFileHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    } catch {
      return notFound();
    }
    const type = appContentType(relative);
    if (!type || relative.includes('\0')) return notFound();
    try {
      const file = await realInside(rendererDir, path.resolve(rendererDir, relative));
      if (!file) return notFound();
      const bytes = await readFile(file);
      return new Response(new Uint8Array(bytes), {
        headers: {
          'Content-Type': type,
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404 });
}
