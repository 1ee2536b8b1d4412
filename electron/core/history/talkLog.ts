import { splitFrontMatter } from '../../../shared/markdown/frontMatter';
import type { CommitDigests } from './commitDigests';
import type { GitRepo } from './gitRepo';
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

type Found = Omit<NoteVersion, 'added' | 'removed'> & { older: string | null };

/**
 * The versions of the note at `path` (whose front matter id is `id`), newest
 * first, like `git log --follow`: a commit is a version when the note's text
 * differs from every parent's; where a parent has the same text, history goes
 * on through that parent alone; where the note appears, a note with the same
 * id removed in that commit is where it came from (a rename or a move).
 *
 * The walk reads commits' digests (commitDigests.ts: what each commit changed),
 * not their trees: only the newest tree is read, to find the note's blob now.
 */
export async function talkLog(
  repo: GitRepo,
  digests: CommitDigests,
  path: string,
  id: string,
  limit = 500,
): Promise<NoteVersion[]> {
  await digests.refresh();
  const found: Found[] = [];
  let commit = await repo.head();
  if (!commit) return [];
  const entry = await repo.entryAt((await repo.readCommit(commit)).tree, path);
  if (!entry || entry.type !== 'blob') return [];
  let blob: string | null = entry.oid;
  let currentPath = path;
  while (commit && blob && found.length < limit) {
    const digest = await digests.commit(commit);
    const same = digest.parents.findIndex((_, i) => !digest.changes[i].has(currentPath));
    if (same !== -1) {
      commit = digest.parents[same];
      continue;
    }
    // Changed against every parent: a version. History goes on through the first parent.
    const version: Found = {
      version: digest.oid,
      date: new Date(digest.time).toISOString(),
      message: digest.subject,
      path: currentPath,
      blob,
      older: null,
    };
    found.push(version);
    const before = digest.changes[0]?.get(currentPath)?.before ?? null;
    if (before) version.older = before;
    else if (digest.parents.length > 0) {
      const origin = await renamedFrom(repo, digest.changes[0], id);
      if (origin) [currentPath, version.older] = origin;
    }
    commit = version.older ? digest.parents[0] : null;
    blob = version.older;
  }
  return withWordCounts(repo, digests, found);
}

/** Words added and removed per version, against the version before it: remembered, or counted. */
async function withWordCounts(
  repo: GitRepo,
  digests: CommitDigests,
  versions: Found[],
): Promise<NoteVersion[]> {
  const words = new Map<string, Promise<Map<string, number>>>();
  const wordsOf = (blob: string) => {
    let counts = words.get(blob);
    if (!counts) {
      counts = repo
        .readBlob(blob)
        .then((bytes) => countWords(splitFrontMatter(Buffer.from(bytes).toString('utf8')).body));
      words.set(blob, counts);
    }
    return counts;
  };
  // The deltas not remembered are counted at once: the blobs are independent.
  return Promise.all(
    versions.map(async ({ older, ...version }) => {
      let delta = digests.words(older, version.blob);
      if (!delta) {
        const before = older ? await wordsOf(older) : new Map<string, number>();
        delta = wordDelta(before, await wordsOf(version.blob));
        await digests.recordWords(older, version.blob, delta);
      }
      return { ...version, ...delta };
    }),
  );
}

/** The path and blob of the note with this id that the commit removed, if any. */
async function renamedFrom(
  repo: GitRepo,
  changes: Map<string, { before: string | null; after: string | null }>,
  id: string,
): Promise<[string, string] | null> {
  const idLine = new RegExp(`^id:\\s*["']?${id.replace(/[^\w-]/g, '')}["']?\\s*$`, 'm');
  for (const [path, { before, after }] of changes) {
    if (!path.endsWith('.md') || !before || after) continue;
    const text = Buffer.from(await repo.readBlob(before)).toString('utf8');
    if (idLine.test(splitFrontMatter(text).yaml ?? '')) return [path, before];
  }
  return null;
}
