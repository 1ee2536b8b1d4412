import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../../shared/markdown';
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
  return replaceImageAddresses(body, srcByRef);
}

/**
 * Swaps image addresses in place, by their positions in the text, so the rest
 * of the note keeps its bytes; an image written in a way the address cannot
 * be found in (an escaped one) is rewritten as `![alt](src)`.
 */
function replaceImageAddresses(body: string, srcByRef: Map<string, string>): string {
  const hits: Array<{ start: number; end: number; url: string; alt: string; src: string }> = [];
  visit(parseMarkdown(body), 'image', (node) => {
    const src = srcByRef.get(node.url);
    const { start, end } = node.position ?? {};
    if (src === undefined || start?.offset === undefined || end?.offset === undefined) return;
    hits.push({ start: start.offset, end: end.offset, url: node.url, alt: node.alt ?? '', src });
  });
  let text = body;
  for (const hit of hits.sort((a, b) => b.start - a.start)) {
    const written = text.slice(hit.start, hit.end);
    const raw = [hit.url, safeDecode(hit.url)].find((candidate) => written.includes(candidate));
    const replaced = raw
      ? `${written.slice(0, written.lastIndexOf(raw))}${hit.src}${written.slice(written.lastIndexOf(raw) + raw.length)}`
      : `![${hit.alt}](${hit.src})`;
    text = `${text.slice(0, hit.start)}${replaced}${text.slice(hit.end)}`;
  }
  return text;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
