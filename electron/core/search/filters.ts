import type { SearchFilters } from '../../../shared/search/types';
import { normalizePhrase } from '../../../shared/search/text';
import type { TalkInfo } from './documents';

/**
 * Filters as one predicate over a talk's small fields. Lists are "any of",
 * keys "all of"; `exclude` removes talks matching any of its values.
 */
export type TalkPredicate = (talk: TalkInfo) => boolean;

export function hasFilters(filters: SearchFilters): boolean {
  return Object.values(filters).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined,
  );
}

export function compileFilters(include: SearchFilters, exclude: SearchFilters): TalkPredicate {
  const must = tests(include);
  const mustNot = tests(exclude);
  if (exclude.open) mustNot.push((t) => t.hasOpenActions);
  return (talk) => must.every((test) => test(talk)) && !mustNot.some((test) => test(talk));
}

/** One test per key present; within a key, any value may match. */
function tests(filters: SearchFilters): TalkPredicate[] {
  const list: TalkPredicate[] = [];
  const anyOf = <T>(values: T[] | undefined, match: (talk: TalkInfo, value: T) => boolean) => {
    if (values && values.length > 0)
      list.push((talk) => values.some((value) => match(talk, value)));
  };
  const conferenceIds = new Set(filters.conference ?? []);
  anyOf(
    filters.conference?.map(normalizePhrase),
    (talk, value) =>
      conferenceIds.has(talk.conferenceId) ||
      containsWords(normalized(talk).conference, value) ||
      containsWords(normalized(talk).folder, value),
  );
  anyOf(filters.year, (talk, year) => talk.year === year);
  anyOf(filters.speaker?.map(normalizePhrase), (talk, value) =>
    normalized(talk).speakers.some((name) => containsWords(name, value)),
  );
  anyOf(filters.tag?.map(normalizePhrase), (talk, value) => normalized(talk).tags.includes(value));
  anyOf(filters.kind, (talk, kind) => talk.kind === kind);
  if (filters.open === true) list.push((talk) => talk.hasOpenActions);
  if (filters.open === false) list.push((talk) => !talk.hasOpenActions);
  // `in:slides` alone: talks with text read from a slide (`in:notes` only narrows the fields searched).
  if (filters.in?.includes('slides') && !filters.in.includes('notes'))
    list.push((talk) => (talk.slides?.length ?? 0) > 0);
  return list;
}

interface NormalizedFields {
  conference: string;
  folder: string;
  speakers: string[];
  tags: string[];
}

/** Filters run over every talk on each search: normalize each talk's names once, not per search. */
const cache = new WeakMap<TalkInfo, NormalizedFields>();

function normalized(talk: TalkInfo): NormalizedFields {
  let fields = cache.get(talk);
  if (!fields) {
    fields = {
      conference: normalizePhrase(talk.conference),
      folder: normalizePhrase(talk.conferenceFolder),
      speakers: talk.speakers.map(normalizePhrase),
      tags: [...talk.tags, ...talk.conferenceTags].map(normalizePhrase),
    };
    cache.set(talk, fields);
  }
  return fields;
}

/** Whole words from the start of one: `fong` and `liz fong` are in `liz fong jones`, `ong` is not. */
function containsWords(haystack: string, needle: string): boolean {
  if (!needle) return false;
  const at = ` ${haystack}`.indexOf(` ${needle}`);
  return at >= 0;
}
