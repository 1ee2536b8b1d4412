import path from 'node:path';
import { referencedAssets } from '../library/assets';
import type { LibraryService } from '../library/types';
import { fileVersion } from './contentHash';
import type { SlideStore, TalkImage } from './slideStore';

/**
 * The images a talk's notes show, each with the library file it resolves
 * to (never outside the library). Recorded per version of the talk's file,
 * so a note unchanged since it was last looked through is not read again.
 * Null when the talk's file is gone.
 */
export async function talkImages(
  library: LibraryService,
  store: SlideStore,
  talk: { id: string; path: string },
): Promise<TalkImage[] | null> {
  const version = await fileVersion(path.join(library.root, talk.path));
  if (!version) return null;
  const known = store.talkImages(talk.id, version);
  if (known) return known;
  const doc = await library.readTalk(talk.id).catch(() => null);
  if (!doc) return null;
  const images: TalkImage[] = [];
  // Most notes show no image: no Markdown parse for those.
  const srcs = doc.body.includes('![') ? referencedAssets(doc.body) : [];
  for (const src of srcs) {
    const file = await library.resolveAsset(talk.id, src).catch(() => null);
    if (file) images.push({ src, file });
  }
  await store.rememberTalk(talk.id, version, images);
  return images;
}
