import type { TalkKind } from '../schemas';

/**
 * What "now and next" tells the app and the `confnotes now` command. Rich on
 * purpose: the Now view shows it as is, without reading the talks again.
 */

/** A time span as a clock in one zone shows it. */
export interface ZonedLabel {
  /** IANA zone. */
  zone: string;
  /** `Thu 28 Oct`. */
  day: string;
  /** `14:30`. */
  starts: string;
  /** `15:15`. */
  ends: string;
}

export interface ScheduledTalkView {
  id: string;
  title: string;
  speakers: string[];
  kind: TalkKind;
  room?: string;
  track?: string;
  /** ISO 8601 with the conference zone's offset. */
  starts: string;
  ends: string;
  /** True when the talk has no end in its front matter and one was assumed. */
  endsAssumed: boolean;
  /** In the conference's zone: what the printed programme says. */
  local: ZonedLabel;
  /** In the attendee's own zone, only when it differs from the conference's. */
  attendee?: ZonedLabel;
  /** In the room or track the attendee asked for. */
  preferred: boolean;
}

/** Where the moment falls in the conference. */
export type NowStatus = 'no-times' | 'before' | 'during' | 'after';

export interface NowNextResult {
  conferenceId: string;
  conferenceTitle: string;
  /** The zone the times are shown in: the conference's, else the attendee's. */
  timeZone: string;
  attendeeTimeZone: string;
  at: { iso: string; local: string; attendee?: string };
  status: NowStatus;
  /** Talks on at the moment, preferred room/track first, then by room. */
  now: ScheduledTalkView[];
  /** The next talks to start (all parallel ones), plus the next one in the preferred room/track. */
  next: ScheduledTalkView[];
  /**
   * The talk to open without asking: the only one on now, the one in the
   * preferred room/track, or, in a break, the one about to start. Null when
   * the attendee must choose among `choice`.
   */
  open: string | null;
  /** Ids to offer when `open` is null (empty when there is nothing to choose). */
  choice: string[];
}

/** The attendee's preference for parallel tracks: the room or track picked last. */
export interface NowPreference {
  room?: string;
  track?: string;
}
