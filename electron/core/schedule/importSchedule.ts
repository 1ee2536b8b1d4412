import { basename, extname } from 'node:path';
import type { ConferenceDocument, TalkSummary } from '../../../shared/library';
import { TalkInputSchema, type ConferencePatch } from '../../../shared/schemas';
import type { Schedule, ScheduleImportReport, ScheduleItem } from '../../../shared/schedule/types';
import type { LibraryService } from '../library/types';
import { describeError } from './scheduleFileError';
import { fieldsFromItem, patchForItem } from './talkFields';

/**
 * Writes a parsed schedule into the library: the conference (found by the
 * caller's choice, else by the schedule's source key, else created), one
 * talk per item. Re-imports match talks by schedule id and update only the
 * fields the schedule owns; a talk's notes are never passed to a write.
 */
export async function importSchedule(
  library: LibraryService,
  schedule: Schedule,
  filePath: string,
  conferenceIdOrFolder?: string,
): Promise<ScheduleImportReport> {
  const file = basename(filePath);
  const skipped = [...schedule.skipped];
  // Validate every item before the first write, so a bad one cannot stop the import halfway.
  const items: ScheduleItem[] = [];
  for (const item of schedule.items) {
    const check = TalkInputSchema.safeParse(fieldsFromItem(item));
    if (check.success) items.push(item);
    else
      skipped.push({
        item: item.title || item.scheduleId,
        reason: check.error.issues[0]?.message ?? 'invalid',
      });
  }

  const { conference, created } = await findOrCreateConference(
    library,
    schedule,
    file,
    conferenceIdOrFolder,
  );
  const tree = await library.list();
  const existing = tree.conferences.find((c) => c.id === conference.id)?.talks ?? [];
  const byScheduleId = new Map<string, TalkSummary>();
  for (const talk of existing)
    if (talk.meta.scheduleId) byScheduleId.set(talk.meta.scheduleId, talk);

  const report: ScheduleImportReport = {
    file,
    format: schedule.format,
    conference: {
      id: conference.id,
      title: conference.meta.title,
      folder: conference.folder,
      created,
      ...(conference.meta.timezone ? { timeZone: conference.meta.timezone } : {}),
    },
    created: [],
    updated: [],
    unchanged: 0,
    skipped,
    refused: [...(schedule.refused ?? [])],
    notInSchedule: [],
    failed: [],
  };
  for (const item of items) {
    const talk = byScheduleId.get(item.scheduleId);
    const ref = { title: item.title, scheduleId: item.scheduleId };
    try {
      if (!talk) {
        const doc = await library.createTalk(conference.id, fieldsFromItem(item));
        report.created.push({ id: doc.id, ...ref });
        continue;
      }
      const { patch, changes } = patchForItem(talk.meta, item);
      if (changes.length === 0) {
        report.unchanged++;
        continue;
      }
      const current = await library.readTalk(talk.id);
      await library.updateTalk(talk.id, { meta: patch }, current.revision);
      report.updated.push({ id: talk.id, ...ref, changes });
    } catch (error) {
      report.failed.push({ id: talk?.id ?? '', ...ref, error: describeError(error) });
    }
  }
  const listed = new Set(items.map((i) => i.scheduleId));
  for (const [scheduleId, talk] of byScheduleId) {
    if (!listed.has(scheduleId))
      report.notInSchedule.push({ id: talk.id, title: talk.meta.title, scheduleId });
  }
  return report;
}

async function findOrCreateConference(
  library: LibraryService,
  schedule: Schedule,
  file: string,
  idOrFolder: string | undefined,
): Promise<{ conference: ConferenceDocument; created: boolean }> {
  const info = schedule.conference;
  if (idOrFolder)
    return {
      conference: await fillIn(library, await library.resolveConference(idOrFolder), schedule),
      created: false,
    };
  const sourceKey = info.sourceKey ?? `file:${file}`;
  const tree = await library.list();
  const known = tree.conferences.find((c) => c.meta.source === sourceKey);
  if (known)
    return {
      conference: await fillIn(library, await library.readConference(known.id), schedule),
      created: false,
    };
  const conference = await library.createConference({
    title: info.title || basename(file, extname(file)),
    ...(info.starts ? { starts: info.starts } : {}),
    ...(info.ends ? { ends: info.ends } : {}),
    ...(info.url ? { url: info.url } : {}),
    ...(info.timeZone ? { timezone: info.timeZone } : {}),
    source: sourceKey,
  });
  return { conference, created: true };
}

/** Gives an existing conference the zone and dates it lacks; the schedule's zone wins. */
async function fillIn(
  library: LibraryService,
  conference: ConferenceDocument,
  schedule: Schedule,
): Promise<ConferenceDocument> {
  const { meta } = conference;
  const info = schedule.conference;
  const patch: ConferencePatch = {};
  if (info.timeZone && meta.timezone !== info.timeZone) patch.timezone = info.timeZone;
  if (info.starts && !meta.starts) patch.starts = info.starts;
  if (info.ends && !meta.ends) patch.ends = info.ends;
  if (Object.keys(patch).length === 0) return conference;
  return library.updateConference(conference.id, { meta: patch }, conference.revision);
}
