import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The file system isomorphic-git works on: node's, except that every file
 * it writes (objects, refs, the index, config, packs) is written beside its
 * target and renamed over it. isomorphic-git writes in place, so a kill in
 * the middle of a commit would leave a truncated object or an empty ref that
 * the real `git` refuses ever after; with renames a kill leaves the old file
 * or the new one, and `git fsck` accepts the repository.
 *
 * Temporary names follow git's own habits so a leftover never disturbs it:
 * `tmp_obj_*` inside objects/ (git fsck ignores those), a leading dot
 * elsewhere (git skips dot names when it lists refs).
 */
export const gitFs = {
  promises: {
    ...fsp,
    writeFile: writeAtomically,
  },
};

async function writeAtomically(
  path: string,
  data: string | Uint8Array,
  options?: Parameters<typeof fsp.writeFile>[2],
): Promise<void> {
  const temporary = join(dirname(path), temporaryName(path));
  try {
    await fsp.writeFile(temporary, data, options);
    await fsp.rename(temporary, path);
  } catch (error) {
    await fsp.unlink(temporary).catch(() => {});
    throw error;
  }
}

const TEMPORARY = /^(tmp_obj_|\.confnotes-tmp-)[0-9a-f]{12}/;

function temporaryName(path: string): string {
  const random = randomBytes(6).toString('hex');
  return /[/\\]objects[/\\]/.test(path)
    ? `tmp_obj_${random}`
    : `.confnotes-tmp-${random}-${basename(path)}`;
}

/** Old enough that no live write (ours or another process's) can still own it. */
const STALE_AFTER_MS = 60_000;

/** Removes what a killed write left in the git folder (objects/xx, refs/…, the folder itself). */
export async function removeGitTemporaries(gitdir: string, now = Date.now()): Promise<number> {
  let removed = 0;
  const visit = async (folder: string, depth: number): Promise<void> => {
    const entries = await fsp.readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && depth < 4) await visit(path, depth + 1);
      else if (entry.isFile() && TEMPORARY.test(entry.name)) {
        const info = await fsp.stat(path).catch(() => null);
        if (!info || now - info.mtimeMs < STALE_AFTER_MS) continue;
        await fsp.unlink(path).catch(() => {});
        removed++;
      }
    }
  };
  await visit(gitdir, 0);
  return removed;
}
