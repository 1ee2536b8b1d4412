/**
 * Dates as each publishing tool wants them. Only dates from the notes
 * themselves are used, never the clock: exporting twice gives the same bytes.
 */

const ISO =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

interface DateParts {
  day: string;
  time?: { hh: string; mm: string; ss: string };
  /** `Z`, `+02:00` or `+0200` as written; absent for a schedule's local time. */
  offset?: string;
}

function parts(value: string): DateParts | undefined {
  const match = ISO.exec(value);
  if (!match) return undefined;
  const [, day, hh, mm, ss, offset] = match;
  return {
    day: day,
    time: hh && mm ? { hh, mm, ss: ss ?? '00' } : undefined,
    offset,
  };
}

/** The `YYYY-MM-DD` a date or date-time falls on, as written (no time-zone shift). */
export function dayOf(value: string | undefined): string | undefined {
  return value ? parts(value)?.day : undefined;
}

/** Hugo reads RFC 3339; a time without offset is taken in the site's time zone. */
export function hugoDate(value: string): string {
  const p = parts(value);
  if (!p?.time) return p?.day ?? value;
  const offset = p.offset ? normalizeOffset(p.offset, ':') : '';
  return `${p.day}T${p.time.hh}:${p.time.mm}:${p.time.ss}${offset}`;
}

/** Jekyll's documented form: `YYYY-MM-DD HH:MM:SS +/-TTTT`. */
export function jekyllDate(value: string): string {
  const p = parts(value);
  if (!p?.time) return p?.day ?? value;
  const offset = p.offset ? ` ${normalizeOffset(p.offset, '')}` : '';
  return `${p.day} ${p.time.hh}:${p.time.mm}:${p.time.ss}${offset}`;
}

/** Obsidian's date and date-time properties: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` (local). */
export function obsidianDate(value: string): string {
  const p = parts(value);
  if (!p?.time) return p?.day ?? value;
  return `${p.day}T${p.time.hh}:${p.time.mm}`;
}

function normalizeOffset(offset: string, separator: '' | ':'): string {
  if (offset === 'Z') return separator === ':' ? 'Z' : '+0000';
  const digits = offset.replace(':', '');
  return `${digits.slice(0, 3)}${separator}${digits.slice(3)}`;
}
