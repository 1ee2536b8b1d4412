import type { TalkKind } from '../schemas';

/**
 * What a search asks and what it answers, shared by the core, the IPC
 * contract and the renderer's search panel.
 */

/**
 * Narrowing a search down. Every list is "any of" (OR), different keys are
 * "all of" (AND); the `exclude` side removes talks matching any of its values.
 */
export interface SearchFilters {
  /** Conference ids, folder names, or words of the conference's title. */
  conference?: string[];
  /** Years the conference (or talk) took place in; `[2019, 2022]` is either year. */
  year?: number[];
  /** Speaker names: a full name (`Liz Fong-Jones`) or part of one (`fong`), case and accents ignored. */
  speaker?: string[];
  /** Tags of the talk or of its conference, case ignored. */
  tag?: string[];
  kind?: TalkKind[];
  /** True: only talks whose notes have an open action item (`- [ ]`); false: only those without. */
  open?: boolean;
  /**
   * Where the words are looked for: `slides`, the text read from the photos
   * of slides in the notes (`in:slides`; alone, talks with such text);
   * `notes`, everything else (`in:notes`). Both, or neither: everywhere.
   */
  in?: SearchScope[];
}

export type SearchScope = 'slides' | 'notes';

/** One `key:value` the user typed, kept for showing it as a chip. */
export interface FilterChip {
  key: keyof SearchFilters;
  value: string;
  /** Typed as `-key:value`: talks matching it are left out. */
  negated: boolean;
}

/** A query as the user typed it, taken apart (see `parseQuery`). */
export interface ParsedQuery {
  /** Free words: found by exact, prefix and (for longer words) fuzzy match. */
  words: string[];
  /** `"quoted phrases"`: their words must appear in this order, next to each other. */
  phrases: string[];
  /** `-word` and `-"phrase"`: talks containing them are left out. */
  excluded: string[];
  filters: SearchFilters;
  /** Filters from `-key:value`. */
  excludedFilters: SearchFilters;
  /** Every filter as typed, in order, for chips. */
  chips: FilterChip[];
  /** Parts that could not be understood (an unknown `kind:`, a bad `year:`), with why. */
  warnings: string[];
}

/** Where the best match is, so the app can open the talk scrolled to it. */
export interface MatchLocation {
  /** The word as it appears in the note (original case). */
  text: string;
  /** Which occurrence of that word (0-based, case and accents ignored) in the note's plain text. */
  occurrence: number;
  /** Offset of the match in the note's plain text (see `markdownToPlainText`). */
  textOffset: number;
}

export interface SearchHit {
  talkId: string;
  conferenceId: string;
  title: string;
  /** The conference's title. */
  conference: string;
  /** `YYYY-MM-DD` the conference starts, when known, for grouping and sorting. */
  conferenceStarts?: string;
  year?: number;
  speakers: string[];
  tags: string[];
  kind: TalkKind;
  track?: string;
  /** Library-relative path of the talk's file. */
  path: string;
  score: number;
  /** Plain text around the best match (or the start of the note), `…` where cut. */
  snippet: string;
  /** `[start, end)` offsets of matched words inside `snippet`. */
  highlights: Array<[number, number]>;
  /** `[start, end)` offsets of matched words inside `title`. */
  titleHighlights: Array<[number, number]>;
  /** Null when only the title, speakers or other fields matched. */
  match: MatchLocation | null;
  /**
   * Set when the snippet is text read from a slide photo ("on a slide"):
   * the image's src as the note writes it, for its thumbnail and for
   * opening the talk scrolled to it.
   */
  slide?: { src: string };
  /** Which fields matched: `title`, `speakers`, `conference`, `tags`, `kind`, `track`, `text`, `slides`. */
  fields: string[];
  hasOpenActions: boolean;
}

/** How many of the matching talks fall under each filter value: the numbers on the chips. */
export interface SearchFacets {
  conferences: Array<{ id: string; title: string; year?: number; count: number }>;
  years: Array<{ year: number; count: number }>;
  speakers: Array<{ name: string; count: number }>;
  tags: Array<{ tag: string; count: number }>;
  kinds: Array<{ kind: TalkKind; count: number }>;
  open: number;
}

export interface SearchRequest {
  /** The query language of `parseQuery`; may be empty when filters are given. */
  query: string;
  /** Filters from chips or command flags, combined (AND) with those typed in the query. */
  filters?: SearchFilters;
  limit?: number;
  offset?: number;
  /** Also count the matching talks per filter value. */
  facets?: boolean;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Matching talks in all (`hits` is one page of them). */
  total: number;
  parsed: ParsedQuery;
  facets?: SearchFacets;
  /** True while the index is still being built: the answer covers the talks indexed so far. */
  indexing: boolean;
  /** How long the search took in the index, in milliseconds. */
  tookMs: number;
}

/** A talk as the speaker and tag views list it: no snippet, oldest conference first. */
export type TalkRef = Omit<
  SearchHit,
  'score' | 'snippet' | 'highlights' | 'titleHighlights' | 'match' | 'fields'
>;

export interface IndexStatus {
  state: 'loading' | 'building' | 'ready' | 'failed';
  done: number;
  total: number;
  /** Talks in the index. */
  talks: number;
  /** Why the index was (re)built: `missing`, `stale`, `corrupt`, `version`, `requested`. */
  reason?: string;
  message?: string;
}
