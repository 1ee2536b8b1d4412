import type { Image } from 'mdast';
import { realpath, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import { MAX_NOTE_IMAGE_BYTES } from '../../../shared/noteImages';
import { isInside } from '../fs/containment';
import type { PostPlan } from './planPost';
import type { Post } from './posts';
import type { PlannedImage, SkippedItem } from './types';

/**
 * Looks at every image and link of a planned post. Local images that are
 * files inside the folder the user chose become PlannedImages (copied into
 * the conference's `assets/` when the plan is applied); remote images stay
 * links and are never fetched; a feed entry's relative addresses are made
 * absolute against the entry's page. (Unsafe link targets are gone by now:
 * see unsafeLinks.ts.)
 */
const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.avif']);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export async function resolveImages(
  plan: PostPlan,
  post: Post,
  skipped: SkippedItem[],
): Promise<void> {
  for (const [item, tree] of plan.nodes) {
    const images: Image[] = [];
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image') return undefined;
      if (post.baseUrl && !SCHEME.test(node.url) && !node.url.startsWith('#')) {
        node.url = absolute(node.url, post.baseUrl);
      } else if (
        node.type === 'image' &&
        post.local &&
        !SCHEME.test(node.url) &&
        !node.url.startsWith('//')
      ) {
        images.push(node);
      }
      return undefined;
    });
    for (const image of images) {
      const found = await localImage(image.url, post.local!);
      if (typeof found === 'string') {
        skipped.push({
          source: post.label,
          reason: `image ${image.url}: ${found}; the reference is left as written`,
        });
      } else if (!item.images.some((i) => i.ref === image.url)) {
        item.images.push(found);
      }
    }
  }
}

/** The image's file, or why it cannot be copied. */
async function localImage(
  ref: string,
  local: { dir: string; root: string },
): Promise<PlannedImage | string> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(ref.replace(/[?#].*$/, ''));
  } catch {
    return 'not a valid address';
  }
  if (!IMAGE_EXTENSIONS.has(extname(decoded).toLowerCase())) return 'not an image file';
  // "/images/x.png" in a Jekyll site is relative to the site (the imported folder); Hugo keeps it in static/.
  const candidates = decoded.startsWith('/')
    ? [resolve(local.root, `.${decoded}`), resolve(local.root, 'static', `.${decoded}`)]
    : [resolve(local.dir, decoded)];
  const realRoot = await realpath(local.root);
  let real: string | null = null;
  for (const candidate of candidates) real ??= await realpath(candidate).catch(() => null);
  if (!real) return 'no such file';
  if (!isInside(realRoot, real, { strict: true }))
    return 'outside the imported folder, so it is not copied';
  const info = await stat(real);
  if (!info.isFile()) return 'not a file';
  if (info.size > MAX_NOTE_IMAGE_BYTES)
    return `larger than ${MAX_NOTE_IMAGE_BYTES / 1024 / 1024} MB`;
  return { ref, path: real };
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
