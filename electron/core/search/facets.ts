import type { SearchFacets } from '../../../shared/search/types';
import type { TalkInfo } from './documents';

/** Chip lists are long-tailed (hundreds of speakers): the most frequent values are enough. */
const MAX_VALUES = 50;

/** How many of `talks` fall under each filter value, most frequent first. */
export function countFacets(talks: TalkInfo[]): SearchFacets {
  const conferences = new Map<
    string,
    { id: string; title: string; year?: number; count: number }
  >();
  const years = new Map<number, number>();
  const speakers = new Map<string, number>();
  const tags = new Map<string, number>();
  const kinds = new Map<TalkInfo['kind'], number>();
  let open = 0;
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const talk of talks) {
    const conference = conferences.get(talk.conferenceId);
    if (conference) conference.count++;
    else
      conferences.set(talk.conferenceId, {
        id: talk.conferenceId,
        title: talk.conference,
        year: talk.year,
        count: 1,
      });
    if (talk.year !== undefined) bump(years, talk.year);
    talk.speakers.forEach((name) => bump(speakers, name));
    new Set([...talk.tags, ...talk.conferenceTags]).forEach((tag) => bump(tags, tag));
    bump(kinds, talk.kind);
    if (talk.hasOpenActions) open++;
  }
  const top = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, MAX_VALUES);
  return {
    conferences: [...conferences.values()].sort((a, b) => b.count - a.count).slice(0, MAX_VALUES),
    years: [...years].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ year, count })),
    speakers: top(speakers).map(([name, count]) => ({ name, count })),
    tags: top(tags).map(([tag, count]) => ({ tag, count })),
    kinds: top(kinds).map(([kind, count]) => ({ kind, count })),
    open,
  };
}
