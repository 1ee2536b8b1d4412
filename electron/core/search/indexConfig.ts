import type { Options, SearchOptions } from 'minisearch';
import { STOP_WORDS, terms } from '../../../shared/search/text';
import type { TalkInfo } from './documents';

/**
 * How talks are indexed and searched. Changing anything here changes what
 * a saved index means: bump INDEX_VERSION so saved indexes are rebuilt.
 */
export const INDEX_VERSION = 5;

/** What MiniSearch indexes for a talk: strings only, nothing stored. */
export interface IndexedFields {
  id: string;
  title: string;
  speakers: string;
  conference: string;
  tags: string;
  kind: string;
  track: string;
  /** Words read from the photos of slides in the notes (issue 20). */
  slides: string;
  text: string;
}

/** The notes' text last: a build adds it counted (bulkAdd.ts), after the other fields. */
const FIELDS = [
  'title',
  'speakers',
  'conference',
  'tags',
  'kind',
  'track',
  'slides',
  'text',
] as const;

/** Every field but the slides': what `in:notes` searches. */
export const NOTE_FIELDS = FIELDS.filter((field) => field !== 'slides');

export function indexedFields(info: TalkInfo, text: string): IndexedFields {
  return {
    id: info.id,
    title: info.title,
    speakers: [...info.speakers, ...info.affiliations].join(' \n '),
    conference: `${info.conference} ${info.conferenceFolder}`,
    tags: [...info.tags, ...info.conferenceTags].join(' \n '),
    kind: info.kind,
    track: info.track ?? '',
    slides: (info.slides ?? []).map((slide) => slide.text).join(' \n '),
    text,
  };
}

/** Words of 4 letters or fewer are matched exactly or by prefix, never by guessing at typos. */
function fuzziness(term: string): number {
  // Typo matching costs memory in the square of the word's length (a pasted
  // 100,000-letter "word" asked for a 10 GB table); no real word is this long.
  if (term.length > 64) return 0;
  if (term.length >= 8) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

/** Search as you type: a word of 3 letters or more also finds longer words starting with it. */
function prefixes(term: string): boolean {
  return term.length >= 3;
}

const SEARCH_OPTIONS: SearchOptions = {
  // Title and speaker matches first; the notes' text is the baseline. Words read from slide
  // photos count for less than the words the attendee wrote: a slide holds every word of its
  // topic, the notes hold what mattered (and reading a photo may get a word wrong).
  boost: {
    title: 4,
    speakers: 4,
    tags: 2,
    conference: 1.5,
    kind: 1.5,
    track: 1,
    text: 1,
    slides: 0.5,
  },
  prefix: prefixes,
  fuzzy: fuzziness,
  maxFuzzy: 2,
  // Exact above prefix above fuzzy: an exact match weighs 1.
  weights: { prefix: 0.5, fuzzy: 0.25 },
  combineWith: 'AND',
};

export const MINISEARCH_OPTIONS: Options<IndexedFields> = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize: terms,
  processTerm: (term) => (STOP_WORDS.has(term) ? null : term),
  searchOptions: SEARCH_OPTIONS,
  // MiniSearch's vacuum walks the whole index, decoding every lazy term (see compactIndex.ts);
  // saving the snapshot vacuums instead, and queries already skip discarded notes.
  autoVacuum: false,
};
