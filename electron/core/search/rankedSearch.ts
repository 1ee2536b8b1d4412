import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type { SearchEngine } from './searchEngine';
import { executeQuery } from './queryExecutor';
import { termCount } from './scoredColumns';
import type { MatchDetails } from './termScorer';

/*
 * Ranking. `search()` builds a result object for every matching note and
 * sorts them all, while a page shows 20: a common word or a 3-letter
 * prefix matches thousands of notes at 10,000. Here the query runs in
 * columns (queryExecutor.ts: scores only, the same as MiniSearch's), the
 * best `offset + limit` are kept in a heap, and only those become results,
 * their matched words rebuilt. test/core/search/rankedSearch.test.ts proves
 * the page is `search()`'s page.
 */

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
  engine: SearchEngine,
  query: Query,
  options: SearchOptions,
  offset: number,
  limit: number,
): RankedPage {
  const executed = executeQuery(engine, query, options);
  if (!executed) {
    // A query columns cannot hold (a wildcard, dozens of words): rare, MiniSearch's own search.
    const all = engine.search(query, options);
    return { results: all.slice(offset, offset + Math.max(0, limit)), total: all.length };
  }
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
    if (filter && !filter(toResult(engine, shortId, all!.get(shortId)!, score))) continue;
    total++;
    offer(heap, wanted, { score, seq: i, shortId });
  }
  const page = heap.sort(byRank).slice(offset);
  const pageIds = new Set(page.map((e) => e.shortId));
  const details = all ?? executed.details((shortId) => pageIds.has(shortId));
  const results = page.map((e) => toResult(engine, e.shortId, details.get(e.shortId)!, e.score));
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

/** The result object `search()` builds for one match. */
function toResult(
  engine: SearchEngine,
  shortId: number,
  raw: MatchDetails,
  score: number,
): SearchResult {
  return {
    id: engine.idOf(shortId),
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
