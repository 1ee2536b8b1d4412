import type { TalkMarker } from '../../../shared/ipc/importReview';
import type { TalkLine } from './talkLine';

/** A way of marking talks other than `none` (shared with the review and the CLI). */
export type PatternId = Exclude<TalkMarker, 'none'>;

export interface Marker {
  /** Index of the block that starts the talk. */
  block: number;
  line: TalkLine;
  /** The block's first line is (or holds) a link, or its section points at a video or slides. */
  linked: boolean;
  /** A section label (a day, "Introduction", "Keynotes"): never a talk. */
  section: boolean;
}
