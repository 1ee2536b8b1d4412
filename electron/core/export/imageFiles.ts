import { open, realpath } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { isInside } from '../fs/containment';
import { ASSETS_FOLDER } from '../library/scan';

/**
 * Which files an export may copy as a note's images. A note's image link
 * is anyone's text, and a path such as `../.git/config` stays inside the
 * library, so the export copies a file only when all of these hold:
 * - it lies in the note's conference folder itself or under its `assets/`,
 *   by its real path (links followed), and in no dot-folder on the way;
 * - its name says image (png, jpeg, gif, webp, avif);
 * - its first bytes say the same kind of image.
 * SVG is refused: it is a document that can carry script. Anything refused
 * keeps its link as written and is reported.
 */
export type RasterKind = 'png' | 'jpg' | 'gif' | 'webp' | 'avif';

const NAMED_IMAGE = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);
const HEAD_BYTES = 64;

/** The kind of raster image `bytes` start with, `svg` for SVG text, or undefined. */
export function imageKind(bytes: Uint8Array): RasterKind | 'svg' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x89 && ascii(1, 8) === 'PNG\r\n\x1a\n') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  // ISO media: a `ftyp` box whose major or a compatible brand is AVIF.
  if (ascii(4, 8) === 'ftyp' && /avi[fs]/.test(ascii(8, Math.min(bytes.length, 40)))) return 'avif';
  const text = new TextDecoder()
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[^]*?-->\s*)*(<!doctype svg[^>]*>\s*)?<svg[\s>]/i.test(text))
    return 'svg';
  return undefined;
}

/** What the export may copy: the real file and the extension its bytes call for. */
export interface PublishableImage {
  path: string;
  ext: RasterKind;
}

/**
 * `file` (a real path the library resolved, inside it) as an image the
 * export may copy for a note of `conferenceFolder`, or the reason it may not.
 */
export async function checkPublishableImage(
  libraryRoot: string,
  conferenceFolder: string,
  file: string,
): Promise<PublishableImage | string> {
  const folder = await realpath(join(libraryRoot, conferenceFolder));
  if (!isInside(folder, file, { strict: true }))
    return "it is outside the note's conference folder";
  const parts = relative(folder, file).split(sep);
  if (parts.length > 1 && parts[0] !== ASSETS_FOLDER)
    return `only the conference folder and its ${ASSETS_FOLDER}/ are published`;
  if (parts.some((part) => part.startsWith('.'))) return 'it is in a hidden (dot) folder';
  if (!NAMED_IMAGE.has(extname(file).toLowerCase())) return 'its name does not say image';
  const kind = imageKind(await readHead(file));
  if (kind === 'svg') return 'SVG images can carry script, so they are not copied (use PNG)';
  if (!kind) return 'its content is not a PNG, JPEG, GIF, WebP or AVIF image';
  return { path: file, ext: kind };
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
