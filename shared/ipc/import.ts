import { z } from 'zod';
import type { Speaker, TalkKind } from '../schemas';
import { call, event } from './define';
import { ImportCorrections, type PostReading } from './importReview';

/**
 * Importing past conferences (issue 6). The app's File → Import… and drop
 * target call `preview` first (nothing is written) and show its report,
 * then `run` with the same input; `onProgress` reports large imports.
 */
const ImportInput = z.object({
  /** Files and folders on this machine: Markdown, plain text, HTML, RSS/Atom feeds. */
  paths: z.array(z.string().min(1).max(4096)).min(1).max(1000),
  /** Put every talk into this existing conference (id or folder) instead of new ones. */
  conference: z.string().min(1).max(200).optional(),
  /** The reader's choices and corrections from the review (issue 15). */
  review: ImportCorrections.optional(),
});
export type ImportInput = z.infer<typeof ImportInput>;

/** What happened (or, in a preview, would happen) to one talk. */
export type ImportAction =
  /** New in the library. */
  | 'created'
  /** Imported before, source changed, the user had not edited it: updated in place. */
  | 'updated'
  /** Imported before and the source is the same: left alone. */
  | 'unchanged'
  /** Imported before, but both the source and the user's copy changed: a second talk keeps the new text. */
  | 'kept-both';

export interface ImportedTalk {
  /** Null in a preview for talks that do not exist yet. */
  id: string | null;
  title: string;
  speakers: Speaker[];
  kind: TalkKind;
  action: ImportAction;
  /** Where it came from: `path#section` or a feed entry's id. */
  source: string;
  /** The first line of its notes, so the review shows what the talk holds. */
  firstLine?: string;
  /** The first lines of its notes' parts (sub-headings, paragraphs): where it can be split. */
  parts?: string[];
  /** A post read as one talk: how else it could be read. */
  reading?: PostReading;
}

export interface ImportedConference {
  id: string | null;
  title: string;
  /** `YYYY-MM-DD`: when it starts (the day a write-up gives, else the first of January of its year). */
  starts?: string;
  /** True when the conference is new (or would be, in a preview). */
  created: boolean;
  source: string;
  talks: ImportedTalk[];
  /** A post split into talks: how it was read, and how else it could be. */
  reading?: PostReading;
}

/** An item that could not be imported; everything else still was. */
export interface SkippedItem {
  source: string;
  reason: string;
}

export interface ImportReport {
  dryRun: boolean;
  conferences: ImportedConference[];
  skipped: SkippedItem[];
  counts: Record<ImportAction, number>;
}

export interface ImportProgress {
  /** Reading and parsing the sources, then writing into the library. */
  phase: 'reading' | 'writing';
  done: number;
  total: number;
}

export const importContract = {
  /** What importing these paths would create or change; writes nothing. */
  preview: call<ImportReport>()(ImportInput),
  /** Imports; items that cannot be imported are reported in `skipped`, the rest still are. */
  run: call<ImportReport>()(ImportInput),
  onProgress: event<ImportProgress>(),
};
