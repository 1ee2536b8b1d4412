import { readdir } from 'node:fs/promises';
import type { ConferenceDocument, TalkDocument } from '../../../shared/library';
import {
  ConferenceMetaSchema,
  TalkMetaSchema,
  type ConferenceMeta,
  type TalkMeta,
} from '../../../shared/schemas';
import { insideLibrary, uniqueName } from './fileNames';
import { talkPath, type IndexedConference, type IndexedTalk } from './libraryIndex';
import type { ParsedNote } from './noteFile';
import type { NoteStore } from './noteStore';
import { CONFERENCE_FILE, completeMeta } from './scan';

/** A talk as the app opens it: read fresh from disk, with its conflict copies named. */
export async function readTalkDocument(notes: NoteStore, talk: IndexedTalk): Promise<TalkDocument> {
  return talkDocument(talk, await notes.read(talkPath(talk), TalkMetaSchema));
}

/** A talk as the app opens it, from its file as parsed (read, or just written). */
export function talkDocument(
  talk: IndexedTalk,
  note: Pick<ParsedNote<TalkMeta>, 'fields' | 'body' | 'revision' | 'problems'>,
): TalkDocument {
  return {
    id: talk.id,
    conferenceId: talk.conferenceId,
    path: talkPath(talk),
    meta: completeMeta<TalkMeta>(TalkMetaSchema, note.fields, talk.id, talk.meta.title),
    body: note.body,
    revision: note.revision,
    problems: [...note.problems, ...talk.conflicts.map((c) => `conflict copy: ${c}`)],
  };
}

/** A conference's general notes; a folder without conference.md reads as empty, revision ''. */
export async function readConferenceDocument(
  notes: NoteStore,
  conference: IndexedConference,
): Promise<ConferenceDocument> {
  const { id, folder } = conference;
  const path = `${folder}/${CONFERENCE_FILE}`;
  if (!conference.hasFile) {
    return {
      id,
      folder,
      path,
      meta: conference.meta,
      body: '',
      revision: '',
      problems: conference.problems,
    };
  }
  const note = await notes.read(path, ConferenceMetaSchema);
  const meta = completeMeta<ConferenceMeta>(
    ConferenceMetaSchema,
    note.fields,
    id,
    conference.meta.title,
  );
  return {
    id,
    folder,
    path,
    meta,
    body: note.body,
    revision: note.revision,
    problems: note.problems,
  };
}

/** A free `stem.md` (or `stem-2.md`, …) in a conference folder. */
export async function freeTalkFileName(
  root: string,
  folder: string,
  stem: string,
): Promise<string> {
  const taken = new Set((await readdir(insideLibrary(root, folder))).map((n) => n.toLowerCase()));
  taken.add(CONFERENCE_FILE);
  return uniqueName(stem, '.md', (name) => taken.has(name));
}

/** The schema's key order, so new files read the same way every time. */
export function inSchemaOrder(meta: object, shape: object): Record<string, unknown> {
  const source = meta as Record<string, unknown>;
  return Object.fromEntries(Object.keys(shape).map((key) => [key, source[key]]));
}
