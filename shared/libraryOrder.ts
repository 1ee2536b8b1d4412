/**
 * The order the library is shown in, the same in main (the listing it
 * sends) and in the window (which places a changed talk again): conferences
 * newest first, talks in schedule order, titles in natural order ("Talk 4"
 * before "Talk 39"), whatever the language.
 */

const titles = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Natural order of titles: digits compare as numbers, case and accents only break ties. */
function compareTitles(a: string, b: string): number {
  return titles.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A start time as a key that sorts in time order: a time with an offset
 * becomes UTC, a schedule's local time is kept as written (the talks of one
 * conference share one zone), and a talk with no time sorts after all timed ones.
 */
function timeKey(starts: string | undefined): string {
  if (!starts) return '\uffff';
  if (OFFSET.test(starts)) {
    const instant = Date.parse(starts);
    if (!Number.isNaN(instant)) return new Date(instant).toISOString().slice(0, 19);
  }
  return starts;
}

/** Schedule order: start time, then the title in natural order. */
export function compareTalks(
  a: { meta: { starts?: string; title: string } },
  b: { meta: { starts?: string; title: string } },
): number {
  const at = timeKey(a.meta.starts);
  const bt = timeKey(b.meta.starts);
  return at < bt ? -1 : at > bt ? 1 : compareTitles(a.meta.title, b.meta.title);
}

/** The year a conference is filed under: its start date's, else its folder's (`2021-…`). */
export function conferenceYear(conference: {
  folder: string;
  meta: { starts?: string };
}): string | undefined {
  return (conference.meta.starts ?? conference.folder).match(/^(\d{4})/)?.[1];
}

/** Newest first: by start date (else the folder name), then title. */
export function compareConferences(
  a: { folder: string; meta: { starts?: string; title: string } },
  b: { folder: string; meta: { starts?: string; title: string } },
): number {
  const ak = a.meta.starts ?? a.folder;
  const bk = b.meta.starts ?? b.folder;
  return ak < bk ? 1 : ak > bk ? -1 : compareTitles(a.meta.title, b.meta.title);
}
