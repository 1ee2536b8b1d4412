import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { LibraryChange } from '../../../shared/library';
import {
  ConferenceMetaSchema,
  TalkMetaSchema,
  type ConferenceMeta,
  type TalkMeta,
} from '../../../shared/schemas';
import { isTemporaryFile } from '../fs/atomicWrite';
import { conflictOriginal } from './conflictFiles';
import {
  conferenceFile,
  diffIndexes,
  DUPLICATE_ID,
  indexedConference,
  indexedTalk,
  readError,
  talkPath,
  type IndexedTalk,
  type LibraryIndex,
  type Outcome,
} from './libraryIndex';
import { ASSETS_FOLDER, CONFERENCE_FILE, derivedId, readParsed, type ScanCache } from './scan';

/** More changed paths than this, and reading the whole library again is as quick. */
const MOST_PATHS = 500;

/**
 * Brings the index up to date for the paths known to have changed (a sync's
 * files, the watcher's events) instead of reading the whole library: the
 * whole rescan's synchronous part stalls the main loop for hundreds of
 * milliseconds at 10,000 notes. Handles what a careful reader can decide
 * from the paths alone: talk notes, conference.md and conflict copies in
 * known conference folders, and files history or the app keep aside
 * (assets, hidden folders). Anything else — a folder added, removed or
 * renamed, an id that another file holds, a library with duplicate ids —
 * returns null, and the caller reads the whole library again.
 *
 * Mutates `index` and returns the changes, as diffIndexes would report them
 * (plus a talk whose conflict copies changed, which the listing shows).
 */
export async function rescanPaths(
  root: string,
  index: LibraryIndex,
  cache: ScanCache,
  paths: Iterable<string>,
): Promise<LibraryChange[] | null> {
  const plan = await planRescan(root, index, paths);
  if (!plan || index.problems.some((p) => p.message.includes(DUPLICATE_ID))) return null;
  const before: LibraryIndex = { conferences: new Map(), talks: new Map(), problems: [] };
  const after: LibraryIndex = { conferences: new Map(), talks: new Map(), problems: [] };
  const conferences = new Map([...index.conferences.values()].map((c) => [c.folder, c]));

  for (const folder of plan.conferenceFiles) {
    const old = conferences.get(folder)!;
    const path = `${folder}/${CONFERENCE_FILE}`;
    const file = conferenceFile(
      await outcome(() =>
        readParsed<ConferenceMeta>(join(root, path), ConferenceMetaSchema, cache),
      ),
    );
    // A conference whose id changes takes its talks along: the whole rescan says how.
    if ((file.fields.id ?? derivedId(path)) !== old.id) return null;
    const entry = indexedConference(folder, old.id, file);
    before.conferences.set(old.id, old);
    after.conferences.set(old.id, entry);
  }

  const talksByPath = new Map([...index.talks.values()].map((t) => [talkPath(t), t]));
  const owners = new Set([...index.talks.keys(), ...index.conferences.keys()]);
  const conflicts = await conflictCopies(root, plan.folders);
  const problems = new Map<string, string[]>();
  // The files' ids before are free again (a note renamed outside keeps its id at its new path).
  for (const path of plan.talkFiles) {
    const old = talksByPath.get(path);
    if (old) {
      before.talks.set(old.id, old);
      owners.delete(old.id);
    }
  }
  for (const path of plan.talkFiles) {
    const read = await outcome(() => readParsed<TalkMeta>(join(root, path), TalkMetaSchema, cache));
    if (!read.ok && (read.error as NodeJS.ErrnoException).code === 'ENOENT') continue;
    const slash = path.indexOf('/');
    const talkProblems = read.ok ? [...read.value.problems] : [readError(read.error)];
    problems.set(path, talkProblems);
    if (!read.ok) continue;
    if (!read.value.fields.id) talkProblems.push('front matter has no id');
    const id = read.value.fields.id ?? derivedId(path);
    if (owners.has(id) || after.talks.has(id)) return null;
    const conference = conferences.get(path.slice(0, slash))!;
    const entry = indexedTalk(
      read.value,
      id,
      conference,
      path.slice(slash + 1),
      talkProblems,
      conflicts.get(path) ?? [],
    );
    after.talks.set(id, entry);
  }
  // Talks whose conflict copies came or went, their own file unchanged.
  const changedCopies: IndexedTalk[] = [];
  for (const original of plan.conflictsOf) {
    const talk = talksByPath.get(original);
    if (!talk || before.talks.has(talk.id)) continue;
    const now = conflicts.get(original) ?? [];
    if (now.join('\n') !== talk.conflicts.join('\n'))
      changedCopies.push({ ...talk, conflicts: now });
  }

  // Apply: the entries of the paths read replace what the index had.
  for (const [id, entry] of after.conferences) index.conferences.set(id, entry);
  for (const id of before.talks.keys()) index.talks.delete(id);
  for (const [id, entry] of after.talks) index.talks.set(id, entry);
  for (const talk of changedCopies) index.talks.set(talk.id, talk);
  const reread = new Set([
    ...plan.talkFiles,
    ...plan.conferenceFiles.map((f) => `${f}/${CONFERENCE_FILE}`),
  ]);
  index.problems = index.problems.filter((p) => !reread.has(p.path));
  for (const conference of after.conferences.values()) {
    const path = `${conference.folder}/${CONFERENCE_FILE}`;
    conference.problems.forEach((message) => index.problems.push({ path, message }));
  }
  for (const [path, messages] of problems) {
    messages.forEach((message) => index.problems.push({ path, message }));
  }
  const changes = diffIndexes(before, after);
  for (const talk of changedCopies) {
    changes.push({
      entity: 'talk',
      id: talk.id,
      kind: 'changed',
      path: talkPath(talk),
      external: true,
    });
  }
  return changes;
}

interface RescanPlan {
  talkFiles: string[];
  conferenceFiles: string[];
  /** Originals whose conflict copies may have changed. */
  conflictsOf: string[];
  /** Folders whose conflict copies are listed again. */
  folders: string[];
}

/** What the paths stand for, or null when a path is beyond what a partial rescan decides. */
async function planRescan(
  root: string,
  index: LibraryIndex,
  paths: Iterable<string>,
): Promise<RescanPlan | null> {
  const known = new Set([...index.conferences.values()].map((c) => c.folder));
  const talkFiles = new Set<string>();
  const conferenceFiles = new Set<string>();
  const conflictsOf = new Set<string>();
  let count = 0;
  for (const raw of paths) {
    if (++count > MOST_PATHS) return null;
    const path = raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    const parts = path.split('/');
    if (!path || parts.some((p) => p === '' || p === '..')) return null;
    // Hidden (the trash, .git, temporary files) and assets: never notes.
    if (parts.some((p) => p.startsWith('.')) || parts.includes(ASSETS_FOLDER)) continue;
    if (parts.length === 1) {
      // A conference folder come or gone (renamed: both); a known folder still there holds
      // the files reported with it, and a file at the top is no note.
      if (known.has(path) !== (await isFolder(join(root, path)))) return null;
      continue;
    }
    if (parts.length > 2 || !known.has(parts[0])) {
      // Deeper than notes go, or inside a folder the index does not know yet.
      if (parts.length === 2 && (await isFolder(join(root, parts[0])))) return null;
      continue;
    }
    const name = parts[1];
    if (!name.endsWith('.md') || isTemporaryFile(name)) continue;
    if (name === CONFERENCE_FILE) conferenceFiles.add(parts[0]);
    else {
      const original = conflictOriginal(name);
      if (original) conflictsOf.add(`${parts[0]}/${original}`);
      else talkFiles.add(path);
    }
  }
  const folders = new Set([...talkFiles, ...conflictsOf].map((p) => p.slice(0, p.indexOf('/'))));
  return {
    talkFiles: [...talkFiles],
    conferenceFiles: [...conferenceFiles],
    conflictsOf: [...conflictsOf],
    folders: [...folders],
  };
}

/** Conflict copies by the note they belong to, in these folders (as listFolder finds them). */
async function conflictCopies(root: string, folders: string[]): Promise<Map<string, string[]>> {
  const copies = new Map<string, string[]>();
  for (const folder of folders) {
    const names = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of names) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const original = conflictOriginal(entry.name);
      if (!original) continue;
      const key = `${folder}/${original}`;
      copies.set(key, [...(copies.get(key) ?? []), `${folder}/${entry.name}`]);
    }
  }
  return copies;
}

async function outcome<T>(read: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    return { ok: false, error };
  }
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
