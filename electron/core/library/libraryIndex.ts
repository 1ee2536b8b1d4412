import { join } from 'node:path';
import type { FileProblem, LibraryChange } from '../../../shared/library';
import type { ConferenceMeta, TalkMeta } from '../../../shared/schemas';
import { ConferenceMetaSchema, TalkMetaSchema } from '../../../shared/schemas';
import {
  CONFERENCE_FILE,
  completeMeta,
  derivedId,
  listFolder,
  readParsed,
  type ScanCache,
} from './scan';
import type { ParsedNote } from './noteFile';

export interface IndexedConference {
  id: string;
  folder: string;
  meta: ConferenceMeta;
  hasFile: boolean;
  revision: string;
  problems: string[];
}

export interface IndexedTalk {
  id: string;
  conferenceId: string;
  folder: string;
  fileName: string;
  meta: TalkMeta;
  revision: string;
  problems: string[];
  conflicts: string[];
}

/** What the app knows of the library: every conference and talk by id. */
export interface LibraryIndex {
  conferences: Map<string, IndexedConference>;
  talks: Map<string, IndexedTalk>;
  problems: FileProblem[];
}

export function talkPath(talk: Pick<IndexedTalk, 'folder' | 'fileName'>): string {
  return `${talk.folder}/${talk.fileName}`;
}

/** Reads the whole library into an index; bad files become problems, never failures. */
export async function scanLibrary(root: string, cache: ScanCache): Promise<LibraryIndex> {
  const index: LibraryIndex = { conferences: new Map(), talks: new Map(), problems: [] };
  const { folders, talkFiles, conflicts } = await listFolder(root);
  const report = (path: string, problems: string[]) =>
    problems.forEach((message) => index.problems.push({ path, message }));
  const claim = (id: string, path: string, problems: string[]): string => {
    const owner = index.conferences.get(id) ?? index.talks.get(id);
    if (!owner) return id;
    const ownerPath = 'fileName' in owner ? talkPath(owner) : `${owner.folder}/${CONFERENCE_FILE}`;
    problems.push(`id ${id} ${DUPLICATE_ID} ${ownerPath}; this file is shown under another id`);
    return derivedId(path);
  };

  // Files are read concurrently, then claimed in name order so duplicate ids resolve the same way every time.
  const conferenceFiles = await readConcurrently(
    folders.map((folder) => `${folder}/${CONFERENCE_FILE}`),
    (path) => readParsed<ConferenceMeta>(join(root, path), ConferenceMetaSchema, cache),
  );
  const talkNotes = await readConcurrently(
    folders.flatMap((folder) => (talkFiles.get(folder) ?? []).map((name) => `${folder}/${name}`)),
    (path) => readParsed<TalkMeta>(join(root, path), TalkMetaSchema, cache),
  );

  for (const folder of folders) {
    const path = `${folder}/${CONFERENCE_FILE}`;
    const file = conferenceFile(conferenceFiles.get(path)!);
    const id = claim(file.fields.id ?? derivedId(path), path, file.problems);
    index.conferences.set(id, indexedConference(folder, id, file));
    report(path, file.problems);

    for (const fileName of talkFiles.get(folder) ?? []) {
      const filePath = `${folder}/${fileName}`;
      const talkProblems: string[] = [];
      const read = talkNotes.get(filePath)!;
      if (read.ok) {
        const note = read.value;
        talkProblems.push(...note.problems);
        if (!note.fields.id) talkProblems.push('front matter has no id');
        const talkId = claim(note.fields.id ?? derivedId(filePath), filePath, talkProblems);
        index.talks.set(
          talkId,
          indexedTalk(
            note,
            talkId,
            { id, folder },
            fileName,
            talkProblems,
            conflicts.get(filePath),
          ),
        );
      } else talkProblems.push(readError(read.error));
      report(filePath, talkProblems);
    }
  }
  return index;
}

/** In the problem of a file whose id another file has: the index then holds ids by name order. */
export const DUPLICATE_ID = 'is also used by';

/** A talk as the index holds it, from its file as read. */
export function indexedTalk(
  note: ParsedNote<TalkMeta>,
  id: string,
  conference: { id: string; folder: string },
  fileName: string,
  problems: string[],
  conflicts: string[] = [],
): IndexedTalk {
  return {
    id,
    conferenceId: conference.id,
    folder: conference.folder,
    fileName,
    meta: completeMeta<TalkMeta>(TalkMetaSchema, note.fields, id, fileName.replace(/\.md$/, '')),
    revision: note.revision,
    problems,
    conflicts,
  };
}

/** A conference.md as read (or missing: a folder is a conference before it has one). */
export function conferenceFile(read: Outcome<ParsedNote<ConferenceMeta>>): ConferenceFile {
  const problems: string[] = [];
  const parsed = read.ok ? read.value : null;
  if (read.ok) problems.push(...read.value.problems);
  else if ((read.error as NodeJS.ErrnoException).code !== 'ENOENT')
    problems.push(readError(read.error));
  const fields = parsed?.fields ?? {};
  if (parsed && !fields.id) problems.push('front matter has no id');
  return { parsed, fields, problems };
}

type ConferenceFile = {
  parsed: ParsedNote<ConferenceMeta> | null;
  fields: Partial<ConferenceMeta>;
  problems: string[];
};

export function indexedConference(
  folder: string,
  id: string,
  { parsed, fields, problems }: ConferenceFile,
): IndexedConference {
  return {
    id,
    folder,
    meta: completeMeta<ConferenceMeta>(ConferenceMetaSchema, fields, id, folderTitle(folder)),
    hasFile: parsed !== null,
    revision: parsed?.revision ?? '',
    problems,
  };
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs `read` over every path, a bounded number at a time; failures are kept, not thrown. */
async function readConcurrently<T>(
  paths: string[],
  read: (path: string) => Promise<T>,
  width = 32,
): Promise<Map<string, Outcome<T>>> {
  const results = new Map<string, Outcome<T>>();
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++];
      try {
        results.set(path, { ok: true, value: await read(path) });
      } catch (error) {
        results.set(path, { ok: false, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, paths.length) }, worker));
  return results;
}

/** The changes that turn `before` into `after`, as events. */
export function diffIndexes(before: LibraryIndex, after: LibraryIndex): LibraryChange[] {
  const changes: LibraryChange[] = [];
  const compare = <T extends { id: string; revision: string }>(
    entity: LibraryChange['entity'],
    old: Map<string, T>,
    now: Map<string, T>,
    pathOf: (item: T) => string,
  ) => {
    for (const [id, item] of now) {
      const previous = old.get(id);
      if (!previous)
        changes.push({ entity, id, kind: 'added', path: pathOf(item), external: true });
      else if (previous.revision !== item.revision || pathOf(previous) !== pathOf(item)) {
        changes.push({ entity, id, kind: 'changed', path: pathOf(item), external: true });
      }
    }
    for (const [id, item] of old) {
      if (!now.has(id))
        changes.push({ entity, id, kind: 'removed', path: pathOf(item), external: true });
    }
  };
  compare(
    'conference',
    before.conferences,
    after.conferences,
    (c) => `${c.folder}/${CONFERENCE_FILE}`,
  );
  compare('talk', before.talks, after.talks, talkPath);
  return changes;
}

function folderTitle(folder: string): string {
  return folder
    .replace(/^\d{4}-/, '')
    .replace(/[-_]+/g, ' ')
    .replace(/^\w/, (c) => c.toUpperCase());
}

export function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  return `cannot be read: ${(error as Error).message}`;
}
