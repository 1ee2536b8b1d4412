import type MiniSearch from 'minisearch';
import type { MatchInfo, Query, SearchOptions, SearchResult } from 'minisearch';
import { executeQuery } from './queryExecutor';
import { termCount } from './scoredColumns';
import type { MatchDetails } from './termScorer';

/*
 * Ranking: reaches into MiniSearch's private query execution, as
 * compactIndex.ts and replaceDocument.ts reach into its index (why
 * package.json pins minisearch to exactly 7.2.0). `search()` builds a
 * result object for every matching note and sorts them all, while a page
 * shows 20: a common word or a 3-letter prefix matches thousands of notes
 * at 10,000. Here the query runs in columns (queryExecutor.ts: scores
 * only, the same as MiniSearch's), the best `offset + limit` are kept in a
 * heap, and only those become results, their matched words rebuilt.
 * test/core/search/rankedSearch.test.ts proves the page is `search()`'s
 * page; if MiniSearch changes, it fails.
 */

/** What MiniSearch 7.2.0's private `executeQuery` gives per matching note (short id → match); for wildcards. */
interface RawResult {
  score: number;
  terms: string[];
  match: MatchInfo;
}

interface Internals {
  executeQuery(query: Query, options: SearchOptions): Map<number, RawResult>;
  _documentIds: Map<number, string>;
}

/** A page of results in `search()`'s order, and how many notes matched in all. */
export interface RankedPage {
  results: SearchResult[];
  total: number;
}

/**
 * The results `miniSearch.search(query, options)` would return at
 * `[offset, offset + limit)`, and its length. No stored fields (the index
 * stores none) and no wildcard query (its order is not by score).
 */
export function searchPage(
  miniSearch: MiniSearch,
  query: Query,
  options: SearchOptions,
  offset: number,
  limit: number,
): RankedPage {
  const internals = miniSearch as unknown as Internals;
  const executed = executeQuery(miniSearch, query, options);
  if (!executed) return mapPage(internals, query, options, offset, limit);
  const { columns } = executed;
  const filter = options.filter;
  const wanted = Math.max(0, offset + limit);
  // With a filter, every match needs its result object (the filter may read any of it).
  const all = filter ? executed.details(() => true) : null;
  const heap: Entry[] = [];
  let total = 0;
  for (let i = 0; i < columns.length; i++) {
    const shortId = columns.ids[i];
    const score = columns.scores[i] * (termCount(columns.terms[i]) || 1);
    if (filter && !filter(toResult(internals, shortId, all!.get(shortId)!, score))) continue;
    total++;
    offer(heap, wanted, { score, seq: i, shortId });
  }
  const page = heap.sort(byRank).slice(offset);
  const pageIds = new Set(page.map((e) => e.shortId));
  const details = all ?? executed.details((shortId) => pageIds.has(shortId));
  const results = page.map((e) => toResult(internals, e.shortId, details.get(e.shortId)!, e.score));
  return { results, total };
}

/** A ranked match: its score, its place in MiniSearch's order (ties keep it), its note. */
interface Entry {
  score: number;
  seq: number;
  shortId: number;
}

/** Whether `a` ranks below `b`: a lower score, or the same score later in MiniSearch's order. */
const worse = (a: Entry, b: Entry) => a.score < b.score || (a.score === b.score && a.seq > b.seq);
const byRank = (a: Entry, b: Entry) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0);

/** Keeps in `heap` (worst first) the best `wanted` entries offered so far. */
function offer(heap: Entry[], wanted: number, entry: Entry): void {
  if (heap.length < wanted) {
    heap.push(entry);
    siftUp(heap, heap.length - 1, worse);
  } else if (wanted > 0 && worse(heap[0], entry)) {
    heap[0] = entry;
    siftDown(heap, 0, worse);
  }
}

/** The page from MiniSearch's own raw results, for queries executeQuery leaves to it (a wildcard). */
function mapPage(
  internals: Internals,
  query: Query,
  options: SearchOptions,
  offset: number,
  limit: number,
): RankedPage {
  const raw = internals.executeQuery(query, options);
  const filter = options.filter;
  const wanted = Math.max(0, offset + limit);
  const heap: Array<Entry & { raw: RawResult }> = [];
  const offerRaw = offer as (h: typeof heap, w: number, e: (typeof heap)[number]) => void;
  let total = 0;
  let seq = 0;
  for (const [shortId, value] of raw) {
    const score = value.score * (value.terms.length || 1);
    if (filter && !filter(toResult(internals, shortId, value, score))) continue;
    total++;
    offerRaw(heap, wanted, { score, seq: seq++, shortId, raw: value });
  }
  heap.sort(byRank);
  const results = heap.slice(offset).map((e) => toResult(internals, e.shortId, e.raw, e.score));
  return { results, total };
}

/** The result object `search()` builds for one match. */
function toResult(
  internals: Internals,
  shortId: number,
  raw: MatchDetails,
  score: number,
): SearchResult {
  return {
    id: internals._documentIds.get(shortId),
    score,
    terms: Object.keys(raw.match),
    queryTerms: raw.terms,
    match: raw.match,
  };
}

function siftUp<T>(heap: T[], at: number, worse: (a: T, b: T) => boolean): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!worse(heap[at], heap[parent])) return;
    [heap[at], heap[parent]] = [heap[parent], heap[at]];
    at = parent;
  }
}

function siftDown<T>(heap: T[], at: number, worse: (a: T, b: T) => boolean): void {
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let worst = at;
    if (left < heap.length && worse(heap[left], heap[worst])) worst = left;
    if (right < heap.length && worse(heap[right], heap[worst])) worst = right;
    if (worst === at) return;
    [heap[at], heap[worst]] = [heap[worst], heap[at]];
    at = worst;
  }
}
