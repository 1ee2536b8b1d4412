import { access, mkdir, readdir } from 'node:fs/promises';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../../shared/markdown';
import { MAX_NOTE_IMAGE_BYTES } from '../../../shared/noteImages';
import { CoreError, OutsideLibraryError } from '../errors';
import { atomicWrite } from '../fs/atomicWrite';
import { realInside } from '../fs/containment';
import { fitName, insideLibrary } from './fileNames';
import { ASSETS_FOLDER } from './scan';

const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg']);

/** Saves an image as `assets/<talk-slug>-NN.<ext>` beside the talk; returns the src for the note. */
export async function saveAssetFile(
  root: string,
  folder: string,
  stem: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<{ src: string }> {
  const ext = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
  if (!IMAGE_EXTENSIONS.has(ext)) {
    throw new CoreError(
      'invalid-input',
      `${fileName} is not an image Confnotes keeps (png, jpg, gif, webp, avif, svg).`,
    );
  }
  if (bytes.length > MAX_NOTE_IMAGE_BYTES) {
    throw new CoreError(
      'invalid-input',
      `${fileName} is larger than ${MAX_NOTE_IMAGE_BYTES / 1024 / 1024} MB.`,
    );
  }
  const assets = insideLibrary(root, folder, ASSETS_FOLDER);
  await mkdir(assets, { recursive: true });
  const taken = new Set((await readdir(assets)).map((n) => n.toLowerCase()));
  let name = '';
  for (let n = 1; !name || taken.has(name.toLowerCase()); n++) {
    name = fitName(stem, `-${String(n).padStart(2, '0')}.${ext === 'jpeg' ? 'jpg' : ext}`);
  }
  await atomicWrite(insideLibrary(root, folder, ASSETS_FOLDER, name), bytes);
  return { src: `${ASSETS_FOLDER}/${name}` };
}

/**
 * The file behind an image src of a note in `folder`. Only relative paths are
 * accepted, and the real path (symlinks followed) must stay in the library.
 */
export async function resolveAssetPath(root: string, folder: string, src: string): Promise<string> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(src);
  } catch {
    throw new CoreError('invalid-input', `Not a valid image path: ${src}`);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(decoded) || /^[/\\]/.test(decoded) || decoded.includes('\0')) {
    throw new OutsideLibraryError(src);
  }
  const candidate = insideLibrary(root, folder, decoded);
  try {
    await access(candidate);
  } catch {
    throw new CoreError('not-found', `The image ${src} is missing.`);
  }
  const real = await realInside(root, candidate);
  if (real === undefined) throw new OutsideLibraryError(src);
  return real;
}

/** Relative image srcs a note shows (those that may need to travel with it). */
export function referencedAssets(body: string): string[] {
  const srcs = new Set<string>();
  visit(parseMarkdown(body), 'image', (node) => {
    const url = safeDecode(node.url);
    if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.includes('..'))
      srcs.add(url);
  });
  return [...srcs];
}

function safeDecode(url: string): string | null {
  try {
    return decodeURIComponent(url);
  } catch {
    return null;
  }
}
