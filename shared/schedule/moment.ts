import { wallTimeToInstant } from './timeZone';

/**
 * Reading and showing moments. Schedules and front matter carry ISO 8601
 * text, with an offset or without one (then it is the conference's local
 * time); people read clock times and day names in one zone or another.
 */

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A parsed ISO text: an instant, or a bare date when it had no time. */
export type Moment = { kind: 'instant'; ms: number } | { kind: 'date'; date: string };

/**
 * Parses ISO 8601 text. A time without an offset is a wall time in
 * `zoneForLocal` (UTC when none is known). Returns undefined for anything
 * else, including impossible dates such as February 30th.
 */
export function parseMoment(text: string, zoneForLocal?: string): Moment | undefined {
  const match = ISO_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  if (h === undefined) return { kind: 'date', date: `${y}-${mo}-${d}` };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (offset === undefined) {
    const wall = { year, month, day, hour, minute, second };
    return { kind: 'instant', ms: wallTimeToInstant(wall, zoneForLocal ?? 'UTC') };
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  return { kind: 'instant', ms: utc - offsetToMinutes(offset) * 60_000 };
}

/** The instant of an ISO text, or undefined when it is not a date-time. */
export function parseInstant(text: string | undefined, zoneForLocal?: string): number | undefined {
  if (!text) return undefined;
  const moment = parseMoment(text, zoneForLocal);
  return moment?.kind === 'instant' ? moment.ms : undefined;
}

function offsetToMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** `14:30` on a 24-hour clock in the zone. */
export function formatClock(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(ms));
}

/** `Thu 28 Oct` in the zone. */
export function formatDay(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  })
    .format(new Date(ms))
    .replace(',', '');
}
