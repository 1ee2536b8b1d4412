import type { Speaker, TalkKind } from '../schemas';

/**
 * One conference schedule in memory, whatever file it came from (iCalendar,
 * pretalx JSON, frab XML). Parsers produce it; the import writes it to the
 * library. Times are ISO 8601 with an offset, in the conference's zone when
 * the schedule names one.
 */
export type ScheduleFormat = 'ics' | 'pretalx-json' | 'frab-xml';

export interface ScheduleItem {
  /** The item's id in the schedule: ics UID, pretalx code, frab guid. */
  scheduleId: string;
  title: string;
  speakers: Speaker[];
  kind: TalkKind;
  /** The schedule's own word for the kind (`Workshop`, `Lightning Talk`), when it has one. */
  type?: string;
  track?: string;
  room?: string;
  starts: string;
  ends?: string;
  abstract?: string;
  /** The talk's page on the conference site. */
  url?: string;
  video?: string;
  slides?: string;
}

/** An entry the import leaves out, and why (recurring, all-day, no start, …). */
export interface SkippedEntry {
  /** What the user would recognise: the title, or the id when there is none. */
  item: string;
  reason: string;
}

export interface ScheduleConference {
  title?: string;
  /** IANA zone the schedule is in, when it says. */
  timeZone?: string;
  /** `YYYY-MM-DD`. */
  starts?: string;
  ends?: string;
  url?: string;
  /** A key that finds this conference again on the next import of an updated file. */
  sourceKey?: string;
}

export interface Schedule {
  format: ScheduleFormat;
  conference: ScheduleConference;
  /** In time order. */
  items: ScheduleItem[];
  skipped: SkippedEntry[];
  /**
   * Values left out of items that were kept: links that are not web
   * addresses (`URL:javascript:…`). Absent when there were none.
   */
  refused?: SkippedEntry[];
}

/** A talk the import touched, as the report names it. */
interface ImportedTalkRef {
  id: string;
  title: string;
  scheduleId: string;
}

/** What `schedule import` did. Notes (talk bodies) are never part of it: they are never written. */
export interface ScheduleImportReport {
  /** The schedule file's name. */
  file: string;
  format: ScheduleFormat;
  conference: { id: string; title: string; folder: string; created: boolean; timeZone?: string };
  created: ImportedTalkRef[];
  /** Talks already there (matched by schedule id) whose fields changed, with the field names. */
  updated: Array<ImportedTalkRef & { changes: string[] }>;
  unchanged: number;
  skipped: SkippedEntry[];
  /** Values the import left out of talks it did import (links that are not web addresses). */
  refused: SkippedEntry[];
  /** Talks from an earlier import that the schedule no longer lists: kept, with their notes. */
  notInSchedule: ImportedTalkRef[];
  /** Talks that could not be written (e.g. changed on disk meanwhile), with the reason. */
  failed: Array<ImportedTalkRef & { error: string }>;
}

/** Rooms and tracks of a conference, for the Now view's "my room" choice. */
export interface RoomsAndTracks {
  conferenceId: string;
  timeZone?: string;
  rooms: string[];
  tracks: string[];
}
