import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isTemporaryFile } from '../fs/atomicWrite';

/** Old enough that no live save (ours or another process's) can still own it. */
const STALE_AFTER_MS = 60_000;

/**
 * Removes the temporary files a crash mid-save leaves behind. They never hold
 * the only copy of anything: the note itself is whole, old or new.
 */
export async function removeStaleTemporaries(root: string, now = Date.now()): Promise<number> {
  let removed = 0;
  const folders = await readdir(root, { withFileTypes: true });
  for (const folder of folders.filter(
    (entry) => entry.isDirectory() && !entry.name.startsWith('.'),
  )) {
    const path = join(root, folder.name);
    for (const name of (await readdir(path)).filter(isTemporaryFile)) {
      const info = await stat(join(path, name)).catch(() => null);
      if (info && now - info.mtimeMs > STALE_AFTER_MS) {
        await unlink(join(path, name)).catch(() => {});
        removed++;
      }
    }
  }
  return removed;
}
