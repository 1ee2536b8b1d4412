import { z } from 'zod';

/**
 * The review before an import writes anything (issue 15): what marks the
 * talks of each post, and the reader's corrections. Sent with `preview`
 * (to see the result) and with `run` (to import it). Kept apart from
 * import.ts so the file-choosing half of the contract can change on its own.
 */
export const TALK_MARKERS = [
  'heading-1',
  'heading-2',
  'heading-3',
  'heading-4',
  'heading-5',
  'heading-6',
  'bold-lines',
  'list-items',
  'lead-lines',
  'sentences',
  'none',
] as const;
export type TalkMarker = (typeof TALK_MARKERS)[number];

/** How the review and `confnotes import --help` name each way of marking talks. */
export const TALK_MARKER_LABELS: Record<TalkMarker, string> = {
  'heading-1': 'level-1 headings',
  'heading-2': 'level-2 headings',
  'heading-3': 'level-3 headings',
  'heading-4': 'level-4 headings',
  'heading-5': 'level-5 headings',
  'heading-6': 'level-6 headings',
  'bold-lines': 'bold lines',
  'list-items': 'list items',
  'lead-lines': 'lines before a link, a name or a video',
  sentences: 'talks named in sentences',
  none: 'nothing: the file is one talk',
};

const Source = z.string().min(1).max(5000);

export const TalkEdit = z.object({
  /** The talk's `source` in the preview. */
  source: Source,
  title: z.string().trim().min(1).max(500).optional(),
  /** Names as typed: "Ann Poe (Acme), Bo Li". */
  speakers: z.string().max(2000).optional(),
  /** Leave the talk's text in the conference's notes instead of making it a talk. */
  keepInNotes: z.boolean().optional(),
  /** Make the talk part of the talk before it. */
  mergeWithPrevious: z.boolean().optional(),
  /** Start a new talk at this part of the talk (one of the preview's `parts`). */
  splitAt: z.string().min(1).max(500).optional(),
});
export type TalkEdit = z.infer<typeof TalkEdit>;

export const ConferenceEdit = z.object({
  /** The conference's `source` in the preview. */
  source: Source,
  title: z.string().trim().min(1).max(300).optional(),
  year: z.number().int().min(1900).max(2200).optional(),
});
export type ConferenceEdit = z.infer<typeof ConferenceEdit>;

/** What the user corrected in the import's review (the dialog ImportReview.tsx): the import applies it. */
export const ImportCorrections = z.object({
  /** What marks the talks in every post the import reads, unless `markers` names the post. */
  marker: z.enum(TALK_MARKERS).optional(),
  /** Post source → what marks its talks. */
  markers: z.record(Source, z.enum(TALK_MARKERS)).optional(),
  conferences: z.array(ConferenceEdit).max(1000).optional(),
  talks: z.array(TalkEdit).max(20_000).optional(),
});
export type ImportCorrections = z.infer<typeof ImportCorrections>;

/** What the reader found in a post: every way its talks could be marked, best first, and the one used. */
export interface PostReading {
  /** The post (file or feed entry) the choice applies to. */
  post: string;
  chosen: TalkMarker;
  choices: Array<{ marker: TalkMarker; label: string; talks: number }>;
}
