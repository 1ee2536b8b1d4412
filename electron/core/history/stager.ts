import git from 'isomorphic-git';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileChanges, FileEntry, GitRepo } from './gitRepo';
import { isLibraryFile } from './gitignore';

/**
 * Up to this many files are put in the index one by one, each a write of the
 * whole index (about 1 MB at 10,000 notes); more go in with one write.
 */
const ONE_BY_ONE = 3;
/** Files git.add reads at once when many are staged. */
const OPEN_AT_ONCE = 128;

/**
 * Turns the paths the library reported (files written, moved or removed;
 * folders moved to the trash) into index updates and the changes a commit
 * holds against `headTree`. Only those paths are looked at: no scan of the
 * library. A file already in history is followed wherever it is; a new one
 * only when history keeps such files (isLibraryFile).
 */
export async function stagePaths(
  repo: GitRepo,
  headTree: string | null,
  paths: Iterable<string>,
): Promise<FileChanges> {
  const files = await expandPaths(repo, headTree, paths);
  const changes: FileChanges = new Map();
  const candidates: Array<{ path: string; before: FileEntry | null }> = [];
  for (const path of files) {
    const entry = headTree ? await repo.entryAt(headTree, path) : null;
    const before = entry?.type === 'blob' ? { oid: entry.oid, mode: entry.mode } : null;
    if (!before && !isLibraryFile(path)) continue;
    candidates.push({ path, before });
  }
  const staged =
    candidates.length <= ONE_BY_ONE
      ? await stageOneByOne(repo, candidates)
      : await stageAtOnce(repo, candidates);
  for (const { path, before, after } of staged) {
    if (before?.oid === after?.oid && before?.mode === after?.mode) continue;
    changes.set(path, after);
  }
  return changes;
}

type Staged = { path: string; before: FileEntry | null; after: FileEntry | null };

async function stageOneByOne(
  repo: GitRepo,
  candidates: Array<{ path: string; before: FileEntry | null }>,
): Promise<Staged[]> {
  const staged: Staged[] = [];
  for (const candidate of candidates) {
    staged.push({ ...candidate, after: await repo.stage(candidate.path) });
  }
  return staged;
}

/**
 * Many files (a first version, an import, a conference moved to the
 * trash): the index takes them all in one write (git.add reads, hashes and
 * stores each blob once), and the commit takes the blobs the index now
 * names, so both always agree and every object named exists.
 */
async function stageAtOnce(
  repo: GitRepo,
  candidates: Array<{ path: string; before: FileEntry | null }>,
): Promise<Staged[]> {
  const present: string[] = [];
  for (const { path } of candidates) {
    const info = await lstat(join(repo.dir, path)).catch(() => null);
    if (info?.isFile()) present.push(path);
    else await git.updateIndex({ ...repo.base, filepath: path, remove: true, force: true });
  }
  // In parallel, but a bounded number of files open at once (macOS allows a process 256).
  for (let at = 0; at < present.length; at += OPEN_AT_ONCE) {
    const filepath = present.slice(at, at + OPEN_AT_ONCE);
    await git.add({ ...repo.base, filepath, force: true, parallel: true });
  }
  const staged = await stagedEntries(repo, present);
  return candidates.map((candidate) => ({
    ...candidate,
    after: staged.get(candidate.path) ?? null,
  }));
}

/** The index's entries for these paths, reading only the index folders that hold them. */
async function stagedEntries(repo: GitRepo, paths: string[]): Promise<Map<string, FileEntry>> {
  const wanted = new Set(paths);
  const folders = new Set<string>();
  for (const path of paths) {
    for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) {
      folders.add(path.slice(0, at));
    }
  }
  const found = new Map<string, FileEntry>();
  await git.walk({
    ...repo.base,
    trees: [git.STAGE()],
    map: async (path, [entry]) => {
      if (path === '.') return undefined;
      if (wanted.has(path) && entry) {
        found.set(path, { oid: await entry.oid(), mode: (await entry.mode()).toString(8) });
        return null;
      }
      return folders.has(path) ? undefined : null;
    },
  });
  return found;
}

/** The files a list of reported paths stands for: on disk now, or in the last commit. */
async function expandPaths(
  repo: GitRepo,
  headTree: string | null,
  paths: Iterable<string>,
): Promise<string[]> {
  const files = new Set<string>();
  for (const raw of paths) {
    const path = normalise(raw);
    if (!path) continue;
    for (const file of await filesOnDisk(repo.dir, path)) files.add(file);
    const entry = headTree ? await repo.entryAt(headTree, path) : null;
    if (entry?.type === 'blob') files.add(path);
    else if (entry?.type === 'tree') {
      for (const file of (await repo.filesUnder(entry.oid, path)).keys()) files.add(file);
    }
  }
  return [...files];
}

/** A library-relative path with forward slashes, or null for one that is not the library's. */
function normalise(path: string): string | null {
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  const parts = clean.split('/');
  if (!clean || parts.some((p) => p === '' || p === '.' || p === '..') || parts[0] === '.git') {
    return null;
  }
  return clean;
}

async function filesOnDisk(root: string, path: string): Promise<string[]> {
  const info = await lstat(join(root, path)).catch(() => null);
  if (!info) return [];
  if (!info.isDirectory()) return [path];
  const entries = await readdir(join(root, path), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const folder = (entry.parentPath ?? '').slice(root.length + 1).replace(/\\/g, '/');
      return `${folder}/${entry.name}`;
    });
}
