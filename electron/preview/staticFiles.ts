import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { resolveInside } from '../core/fs/containment';
import { appContentType, imageContentType } from '../shell/mimeTypes';

/** The content type for a file name, by extension; unknown types are sent as bytes. */
function contentType(fileName: string): string {
  return appContentType(fileName) ?? imageContentType(fileName) ?? 'application/octet-stream';
}

/**
 * Resolves a URL path inside `root`, or undefined when it would leave it
 * (`..`, encoded separators, NUL bytes).
 */
export function resolveUrlPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // Backslashes are separators on Windows only; refusing them keeps one meaning everywhere.
  if (decoded.includes('\\')) return undefined;
  return resolveInside(root, [`./${decoded}`]);
}

/** Streams a file with its content type, or answers 404. */
export async function sendFile(
  response: ServerResponse,
  file: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': contentType(file),
    'content-length': String(info.size),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  createReadStream(file).pipe(response);
}
