import type { PlannedConference, SkippedItem } from './types';

/**
 * The same conference from two sources (day one and day two posts, a text
 * file and the feed entry of the same write-up) becomes one conference: the
 * same title and year, said the same way. Its talks are joined; a talk both
 * sources hold (same title) is imported once and the second copy reported.
 */
export function mergeSameConferences(
  conferences: PlannedConference[],
  skipped: SkippedItem[],
): PlannedConference[] {
  const byKey = new Map<string, PlannedConference>();
  const result: PlannedConference[] = [];
  for (const conference of conferences) {
    const key = conferenceKey(conference);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, conference);
      result.push(conference);
      continue;
    }
    const titles = new Set(first.talks.map((t) => talkKey(t.title)));
    for (const talk of conference.talks) {
      if (titles.has(talkKey(talk.title))) {
        skipped.push({
          source: talk.source,
          reason: `the same talk as in ${first.source} (same conference "${first.title}"); imported once`,
        });
        continue;
      }
      titles.add(talkKey(talk.title));
      first.talks.push(talk);
    }
    const notes = conference.body.trim();
    if (notes && !first.body.includes(notes)) {
      first.body = first.body.trim()
        ? `${first.body.trimEnd()}\n\n${conference.body}`
        : conference.body;
      first.images.push(...conference.images);
    }
    first.meta.starts = earliest(first.meta.starts, conference.meta.starts);
  }
  return result;
}

function conferenceKey(conference: PlannedConference): string {
  const year = conference.meta.starts?.slice(0, 4) ?? '';
  return `${talkKey(conference.title.replace(/\b(?:19|20)\d{2}\b/g, ''))}|${year}`;
}

function talkKey(title: string): string {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a ?? b;
  return a <= b ? a : b;
}
