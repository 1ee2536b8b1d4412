/**
 * Time-zone arithmetic on the platform's Intl (present in Node and in the
 * renderer), so both sides show a conference's times the same way. Instants
 * are epoch milliseconds; "wall" times are what a clock in the zone shows.
 */

/** A clock reading in some zone; `month` is 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the platform knows this IANA zone (e.g. `Europe/Amsterdam`, `UTC`). */
export function isValidTimeZone(timeZone: string | undefined): timeZone is string {
  if (!timeZone) return false;
  try {
    wallFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time a clock in `timeZone` shows at instant `ms`. */
function wallTimeAt(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of wallFormatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour % 24,
    minute: parts.minute,
    second: parts.second,
  };
}

function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Minutes east of UTC in `timeZone` at instant `ms` (+120 for Amsterdam in summer). */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return Math.round((wallAsUtc(wallTimeAt(wholeSecond, timeZone)) - wholeSecond) / 60_000);
}

/**
 * The instant a wall time in `timeZone` denotes. In the hour skipped by a
 * daylight-saving change it moves forward; in the repeated hour it takes the
 * first occurrence — what a printed programme means.
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): number {
  const asUtc = wallAsUtc(wall);
  // Offsets half a day either side cover any single change near this wall time.
  const before = offsetMinutesAt(asUtc - 12 * 3_600_000, timeZone);
  const after = offsetMinutesAt(asUtc + 12 * 3_600_000, timeZone);
  const readings = [before, after]
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => wallAsUtc(wallTimeAt(ms, timeZone)) === asUtc);
  if (readings.length > 0) return Math.min(...readings);
  // A wall time that never happened (skipped hour): read with the offset before the change.
  return asUtc - before * 60_000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `+02:00`, `-05:00`, or `Z` for zero. */
function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 with the zone's offset, e.g. `2021-10-28T14:30:00+02:00`; UTC without a zone. */
export function toZonedIso(ms: number, timeZone?: string): string {
  const zone = timeZone ?? 'UTC';
  const wall = wallTimeAt(ms, zone);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return `${date}T${time}${formatOffset(offsetMinutesAt(ms, zone))}`;
}

/** `YYYY-MM-DD` of the instant in the zone. */
export function toZonedDate(ms: number, timeZone?: string): string {
  return toZonedIso(ms, timeZone).slice(0, 10);
}
