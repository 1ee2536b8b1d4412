import { splitFrontMatter } from '../../../shared/markdown/frontMatter';
import type { GitRepo } from './gitRepo';
import { diffTrees } from './treeDiff';
import { countWords, wordDelta } from './wordDelta';

/** One version of a note: a commit that changed it. */
export interface NoteVersion {
  /** The commit's id. */
  version: string;
  /** ISO time of the commit. */
  date: string;
  /** The commit message's first line. */
  message: string;
  /** Words added and removed against the version before it (the first: against nothing). */
  added: number;
  removed: number;
  /** Where the note was at that version (talks are renamed and moved). */
  path: string;
  /** The git blob of the note's text at that version. */
  blob: string;
}

/**
 * The versions of the note at `path` (whose front matter id is `id`), newest
 * first, like `git log --follow`: a commit is a version when the note's text
 * differs from every parent's; where a parent has the same text, history goes
 * on through that parent alone; where the note appears, a note with the same
 * id removed in that commit is where it came from (a rename or a move).
 */
export async function talkLog(
  repo: GitRepo,
  path: string,
  id: string,
  limit = 500,
): Promise<NoteVersion[]> {
  const found: Array<Omit<NoteVersion, 'added' | 'removed'>> = [];
  let commit = await repo.head();
  let currentPath = path;
  while (commit && found.length <= limit) {
    const info = await repo.readCommit(commit);
    const entry = await repo.entryAt(info.tree, currentPath);
    if (!entry || entry.type !== 'blob') break;
    let next: string | null = null;
    for (const parent of info.parents) {
      const before = await repo.entryAt((await repo.readCommit(parent)).tree, currentPath);
      if (before?.oid === entry.oid) {
        next = parent;
        break;
      }
    }
    if (next === null) {
      found.push({
        version: info.oid,
        date: new Date(info.time).toISOString(),
        message: info.message.split('\n')[0],
        path: currentPath,
        blob: entry.oid,
      });
      const parent = info.parents[0];
      if (parent) {
        const parentTree = (await repo.readCommit(parent)).tree;
        if (await repo.entryAt(parentTree, currentPath)) next = parent;
        else {
          const origin = await renamedFrom(repo, parentTree, info.tree, id);
          if (origin) {
            next = parent;
            currentPath = origin;
          }
        }
      }
    }
    commit = next;
  }
  return withWordCounts(repo, found.slice(0, limit + 1)).then((all) => all.slice(0, limit));
}

/** Words added and removed per version, each against the version before it. */
async function withWordCounts(
  repo: GitRepo,
  versions: Array<Omit<NoteVersion, 'added' | 'removed'>>,
): Promise<NoteVersion[]> {
  const words = new Map<string, Map<string, number>>();
  const wordsOf = async (blob: string) => {
    let counts = words.get(blob);
    if (!counts) {
      const text = Buffer.from(await repo.readBlob(blob)).toString('utf8');
      counts = countWords(splitFrontMatter(text).body);
      words.set(blob, counts);
    }
    return counts;
  };
  // Read at once: the blobs are independent, and a cold history waits mostly on the disk.
  await Promise.all(versions.map((v) => wordsOf(v.blob)));
  const result: NoteVersion[] = [];
  for (let i = 0; i < versions.length; i++) {
    const older = versions[i + 1];
    const delta = wordDelta(
      older ? await wordsOf(older.blob) : new Map<string, number>(),
      await wordsOf(versions[i].blob),
    );
    result.push({ ...versions[i], ...delta });
  }
  return result;
}

/** The path of the note with this id that `tree` no longer has and `parentTree` had, if any. */
async function renamedFrom(
  repo: GitRepo,
  parentTree: string,
  tree: string,
  id: string,
): Promise<string | null> {
  const idLine = new RegExp(`^id:\\s*["']?${id.replace(/[^\w-]/g, '')}["']?\\s*$`, 'm');
  for (const [path, change] of await diffTrees(repo, parentTree, tree)) {
    if (!path.endsWith('.md') || !change.before || change.after) continue;
    const text = Buffer.from(await repo.readBlob(change.before.oid)).toString('utf8');
    if (idLine.test(splitFrontMatter(text).yaml ?? '')) return path;
  }
  return null;
}
