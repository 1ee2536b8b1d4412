import type { TalkMeta } from '../schemas';
import { formatClock, formatDay, parseInstant } from './moment';
import type {
  NowNextResult,
  NowPreference,
  NowStatus,
  ScheduledTalkView,
  ZonedLabel,
} from './nowNextTypes';
import { offsetMinutesAt, toZonedIso } from './timeZone';

/**
 * Picks the talks on at a moment and the ones that come next. Pure, so the
 * renderer can refresh its Now view every minute without a round trip.
 */

/** A talk with no end lasts until the next one in its room, at most this long. */
const ASSUMED_LENGTH_MS = 45 * 60_000;
/** In a break, pressing "now" opens a talk that starts within this long. */
const SOON_MS = 15 * 60_000;

export interface NowNextInput {
  conferenceId: string;
  conferenceTitle: string;
  talks: ReadonlyArray<{ id: string; meta: TalkMeta }>;
  at: number;
  timeZone: string;
  attendeeTimeZone: string;
  prefer?: NowPreference;
}

interface Timed {
  id: string;
  meta: TalkMeta;
  start: number;
  end: number;
  endsAssumed: boolean;
}

export function selectNowNext(input: NowNextInput): NowNextResult {
  const { at, timeZone, attendeeTimeZone, prefer = {} } = input;
  const timed = timeTalks(input.talks, timeZone);
  const isPreferred = (t: Timed) =>
    matches(t.meta.room, prefer.room) || matches(t.meta.track, prefer.track);
  const order = (a: Timed, b: Timed) =>
    Number(isPreferred(b)) - Number(isPreferred(a)) ||
    a.start - b.start ||
    (a.meta.room ?? '').localeCompare(b.meta.room ?? '') ||
    a.meta.title.localeCompare(b.meta.title);

  const now = timed.filter((t) => t.start <= at && at < t.end).sort(order);
  const upcoming = timed.filter((t) => t.start > at);
  const firstStart = Math.min(...upcoming.map((t) => t.start));
  const next = upcoming.filter((t) => t.start === firstStart);
  const preferredNext = upcoming.find(isPreferred);
  if (preferredNext && !next.includes(preferredNext)) next.push(preferredNext);
  next.sort(order);

  const soon = next.filter((t) => t.start === firstStart && t.start - at <= SOON_MS);
  const candidates = now.length > 0 ? now : soon;
  const preferred = candidates.filter(isPreferred);
  const open =
    candidates.length === 1 ? candidates[0] : preferred.length === 1 ? preferred[0] : null;

  const view = (t: Timed): ScheduledTalkView => ({
    id: t.id,
    title: t.meta.title,
    speakers: t.meta.speakers.map((s) => s.name),
    kind: t.meta.kind,
    ...(t.meta.room ? { room: t.meta.room } : {}),
    ...(t.meta.track ? { track: t.meta.track } : {}),
    starts: toZonedIso(t.start, timeZone),
    ends: toZonedIso(t.end, timeZone),
    endsAssumed: t.endsAssumed,
    local: label(t.start, t.end, timeZone),
    ...(differs(t.start, timeZone, attendeeTimeZone)
      ? { attendee: label(t.start, t.end, attendeeTimeZone) }
      : {}),
    preferred: isPreferred(t),
  });

  return {
    conferenceId: input.conferenceId,
    conferenceTitle: input.conferenceTitle,
    timeZone,
    attendeeTimeZone,
    at: {
      iso: toZonedIso(at, timeZone),
      local: `${formatDay(at, timeZone)} ${formatClock(at, timeZone)}`,
      ...(differs(at, timeZone, attendeeTimeZone)
        ? { attendee: `${formatDay(at, attendeeTimeZone)} ${formatClock(at, attendeeTimeZone)}` }
        : {}),
    },
    status: statusOf(timed, at),
    now: now.map(view),
    next: next.map(view),
    open: open?.id ?? null,
    choice: open ? [] : candidates.map((t) => t.id),
  };
}

/** Talks with a start time, each with an end (given, or assumed from the next talk in its room). */
function timeTalks(talks: NowNextInput['talks'], timeZone: string): Timed[] {
  const started = talks
    .map((t) => ({ ...t, start: parseInstant(t.meta.starts, timeZone) }))
    .filter((t): t is typeof t & { start: number } => t.start !== undefined)
    .sort((a, b) => a.start - b.start);
  return started.map((t) => {
    const given = parseInstant(t.meta.ends, timeZone);
    if (given !== undefined && given > t.start) {
      return { id: t.id, meta: t.meta, start: t.start, end: given, endsAssumed: false };
    }
    const following = started.find((o) => o.start > t.start && o.meta.room === t.meta.room);
    const end = Math.min(following?.start ?? Infinity, t.start + ASSUMED_LENGTH_MS);
    return { id: t.id, meta: t.meta, start: t.start, end, endsAssumed: true };
  });
}

function statusOf(timed: Timed[], at: number): NowStatus {
  if (timed.length === 0) return 'no-times';
  if (at < Math.min(...timed.map((t) => t.start))) return 'before';
  if (at >= Math.max(...timed.map((t) => t.end))) return 'after';
  return 'during';
}

function matches(value: string | undefined, wanted: string | undefined): boolean {
  if (!value || !wanted) return false;
  return value.trim().toLowerCase() === wanted.trim().toLowerCase();
}

function differs(ms: number, zone: string, other: string): boolean {
  return zone !== other && offsetMinutesAt(ms, zone) !== offsetMinutesAt(ms, other);
}

function label(start: number, end: number, zone: string): ZonedLabel {
  return {
    zone,
    day: formatDay(start, zone),
    starts: formatClock(start, zone),
    ends: formatClock(end, zone),
  };
}
