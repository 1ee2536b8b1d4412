import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import { parseMarkdown, stringifyMarkdown } from '../../../shared/markdown';
import type { LibraryService } from '../library/types';
import type { PlannedImage, SkippedItem } from './types';

/**
 * Copies a note's local images into its conference's `assets/` through the
 * library (which names and writes them) and returns the body with the new
 * addresses, or null when nothing was copied. An image that cannot be read
 * is reported and its reference left as written.
 */
export async function copyImages(
  library: LibraryService,
  talkId: string,
  body: string,
  images: PlannedImage[],
  source: string,
  skipped: SkippedItem[],
): Promise<string | null> {
  const srcByRef = new Map<string, string>();
  for (const image of images) {
    try {
      const bytes = await readFile(image.path);
      const { src } = await library.saveAsset(talkId, basename(image.path), bytes);
      srcByRef.set(image.ref, src);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      skipped.push({ source, reason: `image ${image.ref} was not copied: ${reason}` });
    }
  }
  if (srcByRef.size === 0) return null;
  const tree = parseMarkdown(body);
  visit(tree, 'image', (node) => {
    const src = srcByRef.get(node.url);
    if (src !== undefined) node.url = src;
  });
  return stringifyMarkdown(tree);
}
