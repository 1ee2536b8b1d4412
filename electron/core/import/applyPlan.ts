import type { ImportedConference, ImportProgress, ImportReport } from '../../../shared/ipc/import';
import type { ConferenceDocument, TalkSummary } from '../../../shared/library';
import type { LibraryService } from '../library/types';
import { PlanWriter } from './planWriter';
import type { ImportPlan } from './types';

/**
 * Applies an ImportPlan through the LibraryService, the one owner of files.
 * Each item remembers its source, so a re-import finds it again: the same
 * text is left alone, a changed source updates a talk the user has not
 * edited since (its body still hashes to `sourceHash`), and when both changed
 * a second talk keeps the new text. In a dry run the same decisions are made
 * and reported, and nothing is written.
 */
export interface ApplyOptions {
  dryRun: boolean;
  /** Every talk goes into this existing conference (id or folder). */
  conference?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export async function applyPlan(
  library: LibraryService,
  plan: ImportPlan,
  options: ApplyOptions,
): Promise<ImportReport> {
  // An unknown --conference fails the whole import before anything is written.
  const target = options.conference
    ? await library.resolveConference(options.conference)
    : undefined;
  const tree = await library.list();
  const conferencesBySource = new Map<string, string>();
  const talksBySource = new Map<string, TalkSummary[]>();
  for (const conference of tree.conferences) {
    if (conference.meta.source) conferencesBySource.set(conference.meta.source, conference.id);
    for (const talk of conference.talks) {
      if (talk.meta.source)
        talksBySource.set(talk.meta.source, [...(talksBySource.get(talk.meta.source) ?? []), talk]);
    }
  }
  const report: ImportReport = {
    dryRun: options.dryRun,
    conferences: [],
    skipped: [...plan.skipped],
    counts: { created: 0, updated: 0, unchanged: 0, 'kept-both': 0 },
  };
  const total = plan.conferences.reduce((sum, c) => sum + c.talks.length, 0);
  let done = 0;
  const writer = new PlanWriter(library, options.dryRun, talksBySource, report.skipped);

  for (const planned of plan.conferences) {
    const existingId = target?.id ?? conferencesBySource.get(planned.source);
    let conference: ConferenceDocument | null;
    try {
      conference = await writer.conference(planned, existingId, target !== undefined);
    } catch (error) {
      report.skipped.push({ source: planned.source, reason: reasonOf(error) });
      done += planned.talks.length;
      continue;
    }
    const result: ImportedConference = {
      id: conference?.id ?? existingId ?? null,
      title: conference?.meta.title ?? planned.title,
      ...((conference?.meta.starts ?? planned.meta.starts)
        ? { starts: conference?.meta.starts ?? planned.meta.starts }
        : {}),
      created: !existingId,
      source: planned.source,
      talks: [],
      ...(planned.reading ? { reading: planned.reading } : {}),
    };
    for (const talk of planned.talks) {
      try {
        const imported = await writer.talk(result.id, talk);
        result.talks.push(imported);
        report.counts[imported.action] += 1;
      } catch (error) {
        report.skipped.push({ source: talk.source, reason: reasonOf(error) });
      }
      options.onProgress?.({ phase: 'writing', done: ++done, total });
    }
    if (conference && !existingId && planned.images.length > 0)
      await writer.conferenceImages(conference, planned, result.talks);
    if (conference && conferencesBySource.get(planned.source) === undefined && !target) {
      conferencesBySource.set(planned.source, conference.id);
    }
    report.conferences.push(result);
  }
  return report;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
