import type { ListedTalk } from '../../../shared/library';
import { conferenceYear } from '../../../shared/libraryOrder';
import type { ConferenceView, LibraryView } from './libraryView';

/**
 * The sidebar as the flat list of rows a virtual list shows: years (newest
 * first), their conferences, their talks, each group only while unfolded.
 * Positions among siblings are counted here, since a virtual list's DOM
 * holds only some rows and assistive technology cannot count them itself.
 */
interface RowBase {
  key: string;
  level: 1 | 2 | 3;
  /** 1-based position among its siblings, and their number. */
  position: number;
  siblings: number;
  /** The row one level up (a talk's conference, a conference's year). */
  parent?: string;
}

export type TreeRow =
  | (RowBase & {
      kind: 'year';
      year: string;
      label: string;
      expanded: boolean;
      conferences: number;
      talks: number;
    })
  | (RowBase & { kind: 'conference'; conference: ConferenceView; expanded: boolean })
  | (RowBase & {
      kind: 'talk';
      talk: ListedTalk;
      /** On the first talk of each day of a conference that spans days: `Tue`, `Tue 18 Apr`. */
      day?: { weekday: string; date: string };
    });

/** A year's group, with the key its folding is remembered by. */
export interface YearGroup {
  key: string;
  year: string;
  label: string;
  conferences: ConferenceView[];
}

const UNDATED = 'none';

function yearKey(year: string): string {
  return `year:${year}`;
}
function conferenceKey(id: string): string {
  return `conference:${id}`;
}
function talkKey(id: string): string {
  return `talk:${id}`;
}

/** Conferences grouped by year, newest year first; undated ones last. */
export function groupByYear(conferences: ConferenceView[]): YearGroup[] {
  const groups = new Map<string, ConferenceView[]>();
  for (const conference of conferences) {
    const year = conferenceYear(conference) ?? UNDATED;
    const group = groups.get(year);
    if (group) group.push(conference);
    else groups.set(year, [conference]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === UNDATED ? 1 : b === UNDATED ? -1 : b.localeCompare(a)))
    .map(([year, members]) => ({
      key: yearKey(year),
      year,
      label: year === UNDATED ? 'Undated' : year,
      conferences: members,
    }));
}

/**
 * Whether a group is unfolded: the person's choice when they made one, else
 * the newest year and its conferences are open and older years folded, so
 * a library of years opens on the current one. Undated conferences (often
 * just imported, their dates unknown) are open too: there is no year to file
 * them away under.
 */
export type FoldState = Readonly<Record<string, boolean>>;

function isExpanded(folds: FoldState, key: string, newest: boolean): boolean {
  return folds[key] ?? newest;
}

export function buildRows(view: LibraryView | undefined, folds: FoldState): TreeRow[] {
  if (!view) return [];
  const rows: TreeRow[] = [];
  const years = groupByYear(view.conferences);
  years.forEach((group, yearIndex) => {
    const newest = yearIndex === 0 || group.year === UNDATED;
    const open = isExpanded(folds, group.key, newest);
    rows.push({
      kind: 'year',
      key: group.key,
      level: 1,
      position: yearIndex + 1,
      siblings: years.length,
      year: group.year,
      label: group.label,
      expanded: open,
      conferences: group.conferences.length,
      talks: group.conferences.reduce((sum, c) => sum + c.talkCount, 0),
    });
    if (!open) return;
    group.conferences.forEach((conference, index) => {
      const key = conferenceKey(conference.id);
      const expanded = isExpanded(folds, key, newest);
      rows.push({
        kind: 'conference',
        key,
        level: 2,
        position: index + 1,
        siblings: group.conferences.length,
        parent: group.key,
        conference,
        expanded,
      });
      if (!expanded) return;
      const days = dayLabels(conference.talks);
      conference.talks.forEach((talk, at) =>
        rows.push({
          kind: 'talk',
          key: talkKey(talk.id),
          level: 3,
          position: at + 1,
          siblings: conference.talks.length,
          parent: key,
          talk,
          ...(days[at] && { day: days[at] }),
        }),
      );
    });
  });
  return rows;
}

const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const dateFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/**
 * The day each talk starts a new day on, when the talks span more than one
 * (a schedule's days: the date as written, in the conference's own time).
 */
function dayLabels(talks: ListedTalk[]): Array<{ weekday: string; date: string } | undefined> {
  const dates = talks.map((talk) => talk.meta.starts?.match(/^\d{4}-\d{2}-\d{2}/)?.[0]);
  if (new Set(dates.filter(Boolean)).size < 2) return [];
  return dates.map((date, at) => {
    if (!date || date === dates[at - 1]) return undefined;
    const day = new Date(`${date}T00:00:00Z`);
    return { weekday: weekdayFormat.format(day), date: dateFormat.format(day) };
  });
}

/** The folds that show a talk or conference: its year and its conference unfolded. */
export function foldsRevealing(
  view: LibraryView | undefined,
  target: { entity: 'talk' | 'conference'; id: string },
): string[] {
  const conference =
    target.entity === 'conference'
      ? view?.conferences.find((c) => c.id === target.id)
      : view?.conferences.find((c) => c.talks.some((t) => t.id === target.id));
  if (!conference) return [];
  const year = yearKey(conferenceYear(conference) ?? UNDATED);
  return target.entity === 'talk' ? [year, conferenceKey(conference.id)] : [year];
}

/** The row's title, for type-ahead and the rename box. */
export function rowLabel(row: TreeRow): string {
  if (row.kind === 'year') return row.label;
  return row.kind === 'conference' ? row.conference.meta.title : row.talk.meta.title;
}
