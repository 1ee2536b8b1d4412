import type { SkippedItem } from '../../../shared/ipc/import';
import type { PostReading } from '../../../shared/ipc/importReview';
import type { ConferenceInput, Speaker, TalkKind } from '../../../shared/schemas';

export type { SkippedItem };

/**
 * An import happens in two steps: sources are read and parsed into an
 * ImportPlan (plain data, nothing written), then the plan is applied through
 * the LibraryService. A dry run is the first step plus a look at the library.
 */
export interface ImportPlan {
  conferences: PlannedConference[];
  skipped: SkippedItem[];
}

export interface PlannedConference {
  /** Stable key of where it came from (a file's absolute path, a feed entry's id, a folder). */
  source: string;
  title: string;
  meta: Omit<ConferenceInput, 'title' | 'source'>;
  /** The general notes: the post's text before its first talk. */
  body: string;
  images: PlannedImage[];
  talks: PlannedTalk[];
  /** How the post was read into talks, and how else it could be (for the review). */
  reading?: PostReading;
}

export interface PlannedTalk {
  /** `<conference source>#<heading slug>`, or the note's own path for a one-talk note. */
  source: string;
  title: string;
  speakers: Speaker[];
  kind: TalkKind;
  tags: string[];
  starts?: string;
  links?: { video?: string; slides?: string };
  body: string;
  images: PlannedImage[];
  /** For the review: the first line of the body, and its parts' first lines (where it can be split). */
  firstLine?: string;
  parts?: string[];
  /** A post read as one talk: how else it could be read. */
  reading?: PostReading;
}

/** A local image the body refers to by `ref`; copied into the conference's `assets/`. */
export interface PlannedImage {
  ref: string;
  /** Absolute path, already checked to be a file inside the imported folder. */
  path: string;
}
