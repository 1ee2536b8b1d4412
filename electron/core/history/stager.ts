import git from 'isomorphic-git';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileChanges, FileEntry, GitRepo } from './gitRepo';
import { isLibraryFile } from './gitignore';

/** Up to this many files are put in the index one by one (each a write of the index). */
const ONE_BY_ONE = 24;

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
 * Many files (an import, a conference moved to the trash): each blob is
 * written from the bytes read here, and the index takes them all in one
 * write. Should a file change between the two reads, the index holds the
 * newer text and the commit the one read here; both objects exist, and the
 * file, written again, is in the next checkpoint.
 */
async function stageAtOnce(
  repo: GitRepo,
  candidates: Array<{ path: string; before: FileEntry | null }>,
): Promise<Staged[]> {
  const staged: Staged[] = [];
  const present: string[] = [];
  for (const candidate of candidates) {
    const full = join(repo.dir, candidate.path);
    const info = await lstat(full).catch(() => null);
    if (!info?.isFile()) {
      staged.push({ ...candidate, after: null });
      await git.updateIndex({ ...repo.base, filepath: candidate.path, remove: true, force: true });
      continue;
    }
    const bytes = await readFile(full).catch(() => null);
    if (!bytes) {
      staged.push({ ...candidate, after: null });
      continue;
    }
    const mode = info.mode & 0o111 ? '100755' : '100644';
    staged.push({ ...candidate, after: { oid: await repo.writeBlob(bytes), mode } });
    present.push(candidate.path);
  }
  if (present.length > 0) await git.add({ ...repo.base, filepath: present, force: true });
  return staged;
}

/** The files a list of reported paths stands for: on disk now, or in the last commit. */
export async function expandPaths(
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
