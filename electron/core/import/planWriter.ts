import type { ImportAction, ImportedTalk } from '../../../shared/ipc/import';
import type { ConferenceDocument, TalkSummary } from '../../../shared/library';
import type { LibraryService } from '../library/types';
import { bodyHash } from './bodyHash';
import { copyImages } from './copyImages';
import type { PlannedConference, PlannedTalk, SkippedItem } from './types';

/** The writes of one import run, kept together with the index of what was imported before. */
export class PlanWriter {
  constructor(
    private readonly library: LibraryService,
    private readonly dryRun: boolean,
    private readonly talksBySource: Map<string, TalkSummary[]>,
    private readonly skipped: SkippedItem[],
  ) {}

  /** Creates the conference, or fills in the general notes of an existing one; null in a dry run. */
  async conference(
    planned: PlannedConference,
    existingId: string | undefined,
    merging: boolean,
  ): Promise<ConferenceDocument | null> {
    if (this.dryRun) return existingId ? this.library.readConference(existingId) : null;
    if (!existingId) {
      return this.library.createConference(
        { ...planned.meta, title: planned.title, source: planned.source },
        planned.body,
      );
    }
    const current = await this.library.readConference(existingId);
    const notes = planned.body.trim();
    if (!notes || current.body.includes(notes)) return current;
    // Merging into a conference the user chose adds the post's general notes; our own is only filled when empty.
    if (!merging && current.body.trim()) return current;
    const body = current.body.trim()
      ? `${current.body.trimEnd()}\n\n${planned.body}`
      : planned.body;
    return this.library.updateConference(existingId, { body }, current.revision);
  }

  async talk(conferenceId: string | null, planned: PlannedTalk): Promise<ImportedTalk> {
    const hash = bodyHash(planned.body);
    const candidates = this.talksBySource.get(planned.source) ?? [];
    const same = candidates.find((t) => t.meta.sourceHash === hash);
    if (same) return summary(planned, same.id, 'unchanged');
    for (const candidate of candidates) {
      const current = await this.library.readTalk(candidate.id);
      if (!candidate.meta.sourceHash || bodyHash(current.body) !== candidate.meta.sourceHash)
        continue;
      if (this.dryRun) return summary(planned, candidate.id, 'updated');
      const meta = {
        title: planned.title,
        speakers: planned.speakers,
        kind: planned.kind,
        sourceHash: hash,
      };
      const updated = await this.library.updateTalk(
        candidate.id,
        { meta, body: planned.body },
        current.revision,
      );
      await this.images(updated.id, updated.revision, planned);
      candidate.meta = { ...candidate.meta, sourceHash: hash };
      return summary(planned, updated.id, 'updated');
    }
    const action: ImportAction = candidates.length > 0 ? 'kept-both' : 'created';
    if (this.dryRun || !conferenceId) return summary(planned, null, action);
    const { title, speakers, kind, tags, starts, links, source, body } = planned;
    const created = await this.library.createTalk(
      conferenceId,
      { title, speakers, kind, tags, starts, links, source, sourceHash: hash },
      body,
    );
    await this.images(created.id, created.revision, planned);
    this.talksBySource.set(source, [
      ...candidates,
      { id: created.id, conferenceId, path: created.path, meta: created.meta, problems: [] },
    ]);
    return summary(planned, created.id, action);
  }

  /** General-notes images go to the conference's `assets/` by way of one of its talks (same folder). */
  async conferenceImages(
    conference: ConferenceDocument,
    planned: PlannedConference,
    talks: ImportedTalk[],
  ): Promise<void> {
    const carrier = talks.find((t) => t.id !== null)?.id;
    if (!carrier) {
      for (const image of planned.images) {
        this.skipped.push({
          source: planned.source,
          reason: `image ${image.ref}: not copied, the conference has no talk to file it under`,
        });
      }
      return;
    }
    const body = await copyImages(
      this.library,
      carrier,
      planned.body,
      planned.images,
      planned.source,
      this.skipped,
    );
    if (body !== null)
      await this.library.updateConference(conference.id, { body }, conference.revision);
  }

  private async images(talkId: string, revision: string, planned: PlannedTalk): Promise<void> {
    const body = await copyImages(
      this.library,
      talkId,
      planned.body,
      planned.images,
      planned.source,
      this.skipped,
    );
    if (body !== null) await this.library.updateTalk(talkId, { body }, revision);
  }
}

function summary(planned: PlannedTalk, id: string | null, action: ImportAction): ImportedTalk {
  return {
    id,
    title: planned.title,
    speakers: planned.speakers,
    kind: planned.kind,
    action,
    source: planned.source,
    ...(planned.firstLine !== undefined ? { firstLine: planned.firstLine } : {}),
    ...(planned.parts && planned.parts.length > 0 ? { parts: planned.parts } : {}),
    ...(planned.reading ? { reading: planned.reading } : {}),
  };
}
