import { mkdir, readdir, rename } from 'node:fs/promises';
import { ulid } from 'ulid';
import type { ConferenceDocument, TalkDocument } from '../../../shared/library';
import {
  ConferenceInputSchema,
  ConferenceMetaSchema,
  ConferencePatchSchema,
  TalkInputSchema,
  TalkMetaSchema,
  TalkPatchSchema,
  type ConferenceInput,
  type ConferenceMeta,
  type ConferencePatch,
  type TalkInput,
  type TalkMeta,
  type TalkPatch,
} from '../../../shared/schemas';
import { insideLibrary, slugify, uniqueName } from './fileNames';
import { talkPath, type IndexedTalk } from './libraryIndex';
import type { LibraryState } from './libraryState';
import { listing } from './libraryTree';
import {
  freeTalkFileName,
  inSchemaOrder,
  readConferenceDocument,
  readTalkDocument,
  talkDocument,
} from './noteDocuments';
import type { NoteStore } from './noteStore';
import { ASSETS_FOLDER, CONFERENCE_FILE, completeMeta } from './scan';

/**
 * The app's own changes to conference and talk files: create, update, move.
 * Each writes through the note store, brings the index up to date, reports
 * the files to history and tells the listeners. The caller runs each one
 * inside the library's queue (`LibraryState.exclusive`).
 */
export class NoteChanges {
  constructor(
    private readonly state: LibraryState,
    private readonly notes: NoteStore,
    private readonly clock: () => Date,
  ) {}

  private get root(): string {
    return this.state.root;
  }

  readTalk(id: string): Promise<TalkDocument> {
    return readTalkDocument(this.notes, this.state.talk(id));
  }

  readConference(id: string): Promise<ConferenceDocument> {
    return readConferenceDocument(this.notes, this.state.conference(id));
  }

  async createConference(input: ConferenceInput, body: string): Promise<ConferenceDocument> {
    const fields = ConferenceInputSchema.parse(input);
    const id = ulid();
    const stem = slugify(fields.title, 'conference');
    const taken = new Set((await readdir(this.root)).map((n) => n.toLowerCase()));
    // The library's scan skips a top-level assets/ folder: a conference there would vanish.
    taken.add(ASSETS_FOLDER);
    const year = fields.starts?.slice(0, 4);
    const folder = uniqueName(year && !stem.startsWith(year) ? `${year}-${stem}` : stem, '', (n) =>
      taken.has(n),
    );
    await mkdir(insideLibrary(this.root, folder));
    const meta: ConferenceMeta = ConferenceMetaSchema.parse({ ...fields, id });
    const path = `${folder}/${CONFERENCE_FILE}`;
    const revision = await this.notes.create(
      path,
      inSchemaOrder(meta, ConferenceMetaSchema.shape),
      body,
    );
    this.state.index.conferences.set(id, {
      id,
      folder,
      meta,
      hasFile: true,
      revision,
      problems: [],
    });
    this.state.reports.wrote(path);
    this.state.emit({ entity: 'conference', id, kind: 'added', path, external: false });
    return this.readConference(id);
  }

  async createTalk(conferenceId: string, input: TalkInput, body: string): Promise<TalkDocument> {
    const conference = this.state.conference(conferenceId);
    const fields = TalkInputSchema.parse(input);
    const id = ulid();
    const now = this.clock().toISOString();
    const meta: TalkMeta = TalkMetaSchema.parse({ ...fields, id, created: now, updated: now });
    const fileName = await freeTalkFileName(
      this.root,
      conference.folder,
      slugify(meta.title, 'talk'),
    );
    const path = `${conference.folder}/${fileName}`;
    const revision = await this.notes.create(path, inSchemaOrder(meta, TalkMetaSchema.shape), body);
    this.state.index.talks.set(id, {
      id,
      conferenceId,
      folder: conference.folder,
      fileName,
      meta,
      revision,
      problems: [],
      conflicts: [],
    });
    this.state.reports.wrote(path);
    this.state.emit({ entity: 'talk', id, kind: 'added', path, external: false });
    return this.readTalk(id);
  }

  async updateTalk(
    id: string,
    change: { meta?: TalkPatch; body?: string },
    baseRevision: string,
  ): Promise<TalkDocument> {
    const talk = this.state.talk(id);
    const listedBefore = listing(talk);
    const pathBefore = talkPath(talk);
    const patch = TalkPatchSchema.parse(change.meta ?? {});
    const result = await this.state.reports.reportingConflicts(() =>
      this.notes.update(talkPath(talk), TalkMetaSchema, talk.id, patch, change.body, baseRevision),
    );
    if (!result.written) return this.readTalk(id);
    talk.revision = result.revision;
    talk.meta = completeMeta<TalkMeta>(TalkMetaSchema, result.fields, id, talk.meta.title);
    talk.problems = [];
    if (patch.title && slugify(patch.title) !== slugify(talk.fileName.replace(/\.md$/, ''))) {
      await this.renameTalkFile(talk, slugify(patch.title, 'talk'));
    }
    this.state.reports.wrote(pathBefore, talkPath(talk));
    // What was just written, as reading it back would give it: neither the caller nor a
    // listener (the search index, at every autosave) reads and parses the file again.
    const saved = talkDocument(talk, result);
    this.state.emit(
      {
        entity: 'talk',
        id,
        kind: 'changed',
        path: talkPath(talk),
        external: false,
        ...(listing(talk) === listedBefore && { notesOnly: true }),
      },
      saved,
    );
    return saved;
  }

  async updateConference(
    id: string,
    change: { meta?: ConferencePatch; body?: string },
    baseRevision: string,
  ): Promise<ConferenceDocument> {
    const conference = this.state.conference(id);
    const listedBefore = listing(conference);
    const patch = ConferencePatchSchema.parse(change.meta ?? {});
    const path = `${conference.folder}/${CONFERENCE_FILE}`;
    const result = await this.state.reports.reportingConflicts(() =>
      this.notes.update(path, ConferenceMetaSchema, id, patch, change.body, baseRevision),
    );
    if (!result.written) return this.readConference(id);
    this.state.reports.wrote(path);
    Object.assign(conference, {
      revision: result.revision,
      hasFile: true,
      problems: [],
      meta: completeMeta<ConferenceMeta>(
        ConferenceMetaSchema,
        result.fields,
        id,
        conference.meta.title,
      ),
    });
    this.state.emit({
      entity: 'conference',
      id,
      kind: 'changed',
      path,
      external: false,
      ...(listing(conference) === listedBefore && { notesOnly: true }),
    });
    return this.readConference(id);
  }

  async moveTalk(id: string, conferenceId: string): Promise<TalkDocument> {
    const talk = this.state.talk(id);
    const target = this.state.conference(conferenceId);
    if (talk.conferenceId === conferenceId) return this.readTalk(id);
    const fileName = await freeTalkFileName(
      this.root,
      target.folder,
      talk.fileName.replace(/\.md$/, ''),
    );
    const from = talkPath(talk);
    await this.notes.moveWithAssets(from, `${target.folder}/${fileName}`);
    Object.assign(talk, { conferenceId, folder: target.folder, fileName });
    this.state.reports.wrote(from, talkPath(talk), `${target.folder}/${ASSETS_FOLDER}`);
    this.state.emit({ entity: 'talk', id, kind: 'changed', path: talkPath(talk), external: false });
    return this.readTalk(id);
  }

  /** A retitled talk's file follows its title (`new-title.md`, or `-2` when that is taken). */
  private async renameTalkFile(talk: IndexedTalk, stem: string): Promise<void> {
    const fileName = await freeTalkFileName(this.root, talk.folder, stem);
    await rename(
      insideLibrary(this.root, talkPath(talk)),
      insideLibrary(this.root, talk.folder, fileName),
    );
    talk.fileName = fileName;
  }
}
