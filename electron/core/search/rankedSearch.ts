import type MiniSearch from 'minisearch';
import type { MatchInfo, Query, SearchOptions, SearchResult } from 'minisearch';

/*
 * Ranking: reaches into MiniSearch's private query execution, as
 * compactIndex.ts and replaceDocument.ts reach into its index (why
 * package.json pins minisearch to exactly 7.2.0). `search()` builds a
 * result object for every matching note and sorts them all, while a page
 * shows 20: a common word or a 3-letter prefix matches thousands of notes
 * at 10,000, and that building and sorting was most of such a query's time.
 * Here the raw matches are scored the way `search()` scores them and only
 * the best `count` become results. test/core/search/rankedSearch.test.ts
 * proves the page is `search()`'s page; if MiniSearch changes, it fails.
 */

/** What MiniSearch 7.2.0's private `executeQuery` gives per matching note (short id → match). */
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
  const raw = internals.executeQuery(query, options);
  const filter = options.filter;
  const wanted = Math.max(0, offset + limit);
  // The best `wanted` so far, worst first; ties keep MiniSearch's order (its sort is stable).
  const heap: Array<{ score: number; seq: number; shortId: number; raw: RawResult }> = [];
  const worse = (a: (typeof heap)[number], b: (typeof heap)[number]) =>
    a.score < b.score || (a.score === b.score && a.seq > b.seq);
  let total = 0;
  let seq = 0;
  for (const [shortId, value] of raw) {
    const score = value.score * (value.terms.length || 1);
    if (filter && !filter(toResult(internals, shortId, value, score))) continue;
    total++;
    const entry = { score, seq: seq++, shortId, raw: value };
    if (heap.length < wanted) {
      heap.push(entry);
      siftUp(heap, heap.length - 1, worse);
    } else if (wanted > 0 && worse(heap[0], entry)) {
      heap[0] = entry;
      siftDown(heap, 0, worse);
    }
  }
  heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  const results = heap.slice(offset).map((e) => toResult(internals, e.shortId, e.raw, e.score));
  return { results, total };
}

/** The result object `search()` builds for one match. */
function toResult(
  internals: Internals,
  shortId: number,
  raw: RawResult,
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
