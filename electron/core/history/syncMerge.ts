import type { GitRepo, FileChanges, Signature } from './gitRepo';
import { besideName } from '../library/replaceFiles';
import { noteTitle } from './commitMessage';
import { diffTrees } from './treeDiff';
import { mergeChoice } from './treeMerge';

/** A file the working tree must take for a sync: its new bytes (null: removed) and what it held. */
interface WorkingChange {
  path: string;
  bytes: Uint8Array | null;
  /** The blob the last commit has there (null: no file); the disk should still hold it. */
  expected: string | null;
}

export interface MergePlan {
  /** The commit HEAD moves to once the working tree holds it. */
  commit: string;
  changes: WorkingChange[];
  /** Conflict copies the merge wrote beside notes changed on both sides. */
  conflicts: string[];
}

/**
 * Joins the other side's commit into ours: a fast-forward when ours is
 * behind, nothing when theirs is already in ours, else a merge commit with
 * both as parents whose files follow mergeChoice, conflict copies included.
 * Nothing is rebased and nothing is written to the working tree here.
 */
export async function planMerge(
  repo: GitRepo,
  ours: string | null,
  theirs: string,
  signature: Signature,
  at: Date,
  remoteName: string,
): Promise<MergePlan | null> {
  if (ours && (await repo.isAncestor(theirs, ours))) return null;
  const oursTree = ours ? (await repo.readCommit(ours)).tree : null;
  const theirsTree = (await repo.readCommit(theirs)).tree;
  if (!ours || (await repo.isAncestor(ours, theirs))) {
    return {
      commit: theirs,
      changes: await workingChanges(repo, oursTree, theirsTree),
      conflicts: [],
    };
  }
  const base = await repo.mergeBase(ours, theirs);
  const baseTree = base ? (await repo.readCommit(base)).tree : null;
  const differences = await diffTrees(repo, oursTree, theirsTree);
  const merged: FileChanges = new Map();
  const conflicts: string[] = [];
  const taken = (path: string) => differences.has(path) || merged.has(path);
  for (const [path, { before: mine, after: other }] of differences) {
    const entry = baseTree ? await repo.entryAt(baseTree, path) : null;
    const original = entry?.type === 'blob' ? { oid: entry.oid, mode: entry.mode } : null;
    const choice = mergeChoice(original, mine, other);
    if (choice === 'theirs') merged.set(path, other);
    else if (choice === 'both') {
      const beside = await siblings(repo, [oursTree, theirsTree], path);
      const copy = besideName(path, at, (p) => taken(p) || beside.has(p));
      merged.set(copy, other);
      conflicts.push(copy);
    }
  }
  const tree = (await repo.updateTree(oursTree, merged)) ?? (await repo.emptyTree());
  const message = await mergeMessage(repo, remoteName, conflicts, merged);
  const commit = await repo.writeCommit({
    tree,
    parents: [ours, theirs],
    message,
    author: signature,
    at,
  });
  const changes: WorkingChange[] = [];
  for (const [path, file] of merged) {
    const before = oursTree ? await repo.entryAt(oursTree, path) : null;
    changes.push({
      path,
      bytes: file ? await repo.readBlob(file.oid) : null,
      expected: before?.type === 'blob' ? before.oid : null,
    });
  }
  return { commit, changes, conflicts };
}

/** Every path in the folder of `path`, on either side: a conflict copy's name must be free in both. */
async function siblings(
  repo: GitRepo,
  trees: Array<string | null>,
  path: string,
): Promise<Set<string>> {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const names = new Set<string>();
  for (const tree of trees) {
    if (!tree) continue;
    const entry = folder ? await repo.entryAt(tree, folder) : null;
    const oid = folder ? (entry?.type === 'tree' ? entry.oid : null) : tree;
    if (!oid) continue;
    for (const child of await repo.readTree(oid)) {
      names.add(folder ? `${folder}/${child.path}` : child.path);
    }
  }
  return names;
}

async function workingChanges(
  repo: GitRepo,
  from: string | null,
  to: string,
): Promise<WorkingChange[]> {
  const changes: WorkingChange[] = [];
  for (const [path, { before, after }] of await diffTrees(repo, from, to)) {
    changes.push({
      path,
      bytes: after ? await repo.readBlob(after.oid) : null,
      expected: before?.oid ?? null,
    });
  }
  return changes;
}

async function mergeMessage(
  repo: GitRepo,
  remoteName: string,
  conflicts: string[],
  merged: FileChanges,
): Promise<string> {
  if (conflicts.length === 0) return `Sync: merged changes from ${remoteName}\n`;
  const titles: string[] = [];
  for (const copy of conflicts) {
    const file = merged.get(copy);
    const text =
      file && copy.endsWith('.md')
        ? Buffer.from(await repo.readBlob(file.oid)).toString('utf8')
        : '';
    titles.push(noteTitle(text) ?? copy.split('/').pop()!);
  }
  return `Sync: kept both versions of ${titles[0]}${titles.length > 1 ? `, +${titles.length - 1}` : ''}\n\nChanged here and on ${remoteName}; the other side's text is in:\n${conflicts.map((c) => `- ${c}`).join('\n')}\n`;
}
