import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { fitName } from '../library/fileNames';
import { nodeSaveFileSystem, type SaveFileSystem } from './fileSystem';

/**
 * Replaces a file so that a crash at any instant leaves either the old bytes or
 * the new ones: write a temporary file beside it, fsync it, rename it over the
 * target, fsync the folder. (write-file-atomic does the first three but not the
 * folder fsync, and cannot take an injected file system for fault tests.)
 */
export async function atomicWrite(
  path: string,
  data: string | Uint8Array,
  fs: SaveFileSystem = nodeSaveFileSystem,
): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const folder = dirname(path);
  // Bounded like every name the app makes: a note named by another tool may be near the limit.
  const temporary = join(
    folder,
    `.${fitName(basename(path))}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let created = false;
  try {
    const file = await fs.create(temporary);
    created = true;
    try {
      await file.write(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temporary, path);
    created = false;
  } finally {
    // A failed save leaves no temporary file behind, and never touches the target.
    if (created) await fs.unlink(temporary).catch(() => {});
  }
  await fs.syncFolder(folder);
}

/** True for the temporary files atomicWrite leaves only while it runs (or after a crash). */
export function isTemporaryFile(name: string): boolean {
  return /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);
}
