import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';

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
    writeFile: writeOrHold,
    readFile: readHeldOr,
  },
};

type Data = string | Uint8Array;
/** Writes held back, by the folder they are held for (see refsLast). */
const held = new Map<string, Map<string, Data>>();

/**
 * Runs a fetch with the remote-tracking refs it writes held back until it is
 * done: isomorphic-git writes `refs/remotes/origin/main` before the pack that
 * holds its commit, so a kill in between would leave git a ref to a missing
 * object. Held, the ref is written after the pack and its index.
 */
export async function refsLast<T>(gitdir: string, work: () => Promise<T>): Promise<T> {
  const folder = join(gitdir, 'refs', 'remotes');
  const writes = new Map<string, Data>();
  held.set(folder, writes);
  try {
    const result = await work();
    for (const [path, data] of writes) {
      await fsp.mkdir(dirname(path), { recursive: true });
      await writeAtomically(path, data);
    }
    return result;
  } finally {
    held.delete(folder);
  }
}

function holding(path: string): Map<string, Data> | undefined {
  for (const [folder, writes] of held) if (path.startsWith(folder + sep)) return writes;
  return undefined;
}

async function writeOrHold(path: string, data: Data, options?: WriteOptions): Promise<void> {
  const writes = holding(path);
  if (writes) writes.set(path, data);
  else await writeAtomically(path, data, options);
}

async function readHeldOr(path: string, options?: Parameters<typeof fsp.readFile>[1]) {
  const data = holding(path)?.get(path);
  if (data === undefined) return fsp.readFile(path, options);
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
  return typeof options === 'string' || options?.encoding ? bytes.toString() : bytes;
}

type WriteOptions = Parameters<typeof fsp.writeFile>[2];

async function writeAtomically(path: string, data: Data, options?: WriteOptions): Promise<void> {
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

/** A fetch killed between writing a pack and its index leaves a pack git cannot read. */
async function packWithoutIndex(path: string): Promise<boolean> {
  if (!/[/\\]objects[/\\]pack[/\\]pack-[0-9a-f]+\.pack$/.test(path)) return false;
  return !(await fsp.stat(path.replace(/\.pack$/, '.idx')).catch(() => null));
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
      else if (entry.isFile() && (TEMPORARY.test(entry.name) || (await packWithoutIndex(path)))) {
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
