import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { SlideStore } from './slideStore';

/**
 * An image file's content hash (sha256): the key its reading is cached
 * under, so the same photo under another name, in another conference, or
 * imported again is read once. Recorded with the file's time and size, so
 * an unchanged file is not read again to hash it. Null when it is missing.
 */
export async function contentHash(store: SlideStore, file: string): Promise<string | null> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return null;
  }
  if (!info.isFile()) return null;
  const known = store.hashOf(file, info.mtimeMs, info.size);
  if (known) return known;
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch {
    return null;
  }
  const digest = hash.digest('hex');
  await store.rememberFile(file, info.mtimeMs, info.size, digest);
  return digest;
}

/** A talk file's version, as the store records which images it shows. */
export async function fileVersion(file: string): Promise<string | null> {
  try {
    const info = await stat(file);
    return `${info.mtimeMs}:${info.size}`;
  } catch {
    return null;
  }
}
