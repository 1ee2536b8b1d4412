import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import { mergeFilters, parseQuery } from '../../../shared/search/queryParser';
import { normalizePhrase, STOP_WORDS, terms } from '../../../shared/search/text';
import type { SearchHit, SearchRequest, SearchResponse } from '../../../shared/search/types';
import { countFacets } from './facets';
import { compileFilters, hasFilters } from './filters';
import { searchPage } from './rankedSearch';
import { NOTE_FIELDS } from './indexConfig';
import { chronological, type SearchIndex } from './searchIndex';
import { highlightWords, makeSnippet, matchWeights } from './snippet';
import { slideSnippet } from './slideSnippet';

/** Phrases are checked against at most this many candidates' texts; past it, `total` is an estimate. */
const PHRASE_CHECK_LIMIT = 3000;

/**
 * Runs one search: the query language is taken apart, filters become a set
 * of allowed talks that MiniSearch skips to (a zero document boost is never
 * scored), phrases are checked against the stored text, and only the page
 * of hits shown gets its text read for a snippet.
 */
export function runQuery(
  index: SearchIndex,
  request: SearchRequest,
  indexing: boolean,
): SearchResponse {
  const started = performance.now();
  const parsed = parseQuery(request.query);
  const filters = mergeFilters(parsed.filters, request.filters);
  const filtered = hasFilters(filters) || hasFilters(parsed.excludedFilters);
  const predicate = compileFilters(filters, parsed.excludedFilters);
  const allowed = filtered
    ? new Set([...index.talks.values()].filter(predicate).map((t) => t.id))
    : null;

  const indexable = (list: string[]) => list.filter((t) => !STOP_WORDS.has(t));
  const words = indexable(parsed.words.flatMap(terms));
  const phrases = parsed.phrases.map(terms).filter((p) => p.length > 0);
  const excluded = parsed.excluded.map(terms).filter((p) => p.length > 0);
  const excludedWords = indexable(excluded.filter((p) => p.length === 1).flat());
  const excludedPhrases = excluded.filter((p) => p.length > 1);
  const required = [...words, ...indexable(phrases.flat())];

  // Only filters, exclusions or stop-word phrases: every talk is a candidate.
  const empty = required.length === 0;
  if (empty && phrases.length === 0 && !filtered && excluded.length === 0) {
    return { hits: [], total: 0, parsed, indexing, tookMs: performance.now() - started };
  }

  let query: Query = empty
    ? MiniSearch.wildcard
    : {
        combineWith: 'AND',
        queries: [
          ...words,
          // Words of a phrase must be there as they are: no prefix, no typo.
          ...indexable(phrases.flat()).map((term) => ({
            queries: [term],
            prefix: false,
            fuzzy: false,
          })),
        ],
      };
  if (excludedWords.length > 0) {
    const without: Query = {
      combineWith: 'OR',
      queries: excludedWords,
      prefix: false,
      fuzzy: false,
    };
    query = { combineWith: 'AND_NOT', queries: [query, without] };
  }
  const boostDocument = allowed ? (id: string) => (allowed.has(id) ? 1 : 0) : undefined;
  const fields = searchedFields(filters);
  const options: SearchOptions = {
    boostDocument,
    fields,
    filter: allowed ? (result) => allowed.has(result.id as string) : undefined,
  };
  const offset = request.offset ?? 0;
  const limit = request.limit ?? 20;
  const typed = [...words, ...phrases.flat()];
  const normalizedPhrases = phrases.filter((p) => p.length > 1).map((p) => p.join(' '));
  const normalizedExcluded = excludedPhrases.map((p) => p.join(' '));
  const checksText = normalizedPhrases.length > 0 || normalizedExcluded.length > 0;
  if (!empty && !checksText && !request.facets) {
    // Only the page shown is ranked and built: the common case, as people type.
    // No filter: a note boosted by zero is never scored, so none it would refuse can match.
    const page = searchPage(index.engine, query, { boostDocument, fields }, offset, limit);
    const hits = page.results.map((r) => toHit(index, r, typed, phrases));
    return { hits, total: page.total, parsed, indexing, tookMs: performance.now() - started };
  }
  let results = index.engine.search(query, options);
  if (empty)
    results.sort(
      (a, b) => -chronological(index.talks.get(a.id as string)!, index.talks.get(b.id as string)!),
    );

  let total = results.length;
  if (checksText) {
    const checked = results.slice(0, PHRASE_CHECK_LIMIT);
    const kept = checked.filter((r) => {
      const info = index.talks.get(r.id as string)!;
      const slides = (info.slides ?? []).map((slide) => slide.text).join(' \n ');
      const haystack = ` ${normalizePhrase(info.title)} ${normalizePhrase(index.texts.get(info.id) ?? '')} ${normalizePhrase(slides)} `;
      return (
        normalizedPhrases.every((p) => haystack.includes(` ${p} `)) &&
        !normalizedExcluded.some((p) => haystack.includes(` ${p} `))
      );
    });
    // Past the limit, assume the unchecked candidates pass as often as the checked ones did.
    total =
      kept.length +
      Math.round((results.length - checked.length) * (kept.length / Math.max(1, checked.length)));
    results = kept;
  }

  const hits = results.slice(offset, offset + limit).map((r) => toHit(index, r, typed, phrases));
  const facets = request.facets
    ? countFacets(results.map((r) => index.talks.get(r.id as string)!))
    : undefined;
  return { hits, total, parsed, facets, indexing, tookMs: performance.now() - started };
}

/** The fields `in:` asks for; undefined for all of them. */
function searchedFields(filters: SearchRequest['filters']): string[] | undefined {
  const scope = new Set(filters?.in ?? []);
  if (scope.size !== 1) return undefined;
  return scope.has('slides') ? ['slides'] : [...NOTE_FIELDS];
}

function toHit(
  index: SearchIndex,
  result: SearchResult,
  typed: string[],
  phrases: string[][],
): SearchHit {
  const info = index.talks.get(result.id as string)!;
  const inField = (field: string) =>
    new Set(
      Object.entries(result.match)
        .filter(([, fields]) => fields.includes(field))
        .map(([term]) => term),
    );
  const textTerms = inField('text');
  const text = index.texts.get(info.id) ?? '';
  // A talk found by the words of a slide (and not by those of its notes) shows the slide's.
  const onSlide =
    textTerms.size === 0 ? slideSnippet(info.slides, inField('slides'), typed, phrases) : null;
  const { snippet, highlights, match } =
    onSlide ?? makeSnippet(text, matchWeights(textTerms, typed), phrases);
  return {
    talkId: info.id,
    conferenceId: info.conferenceId,
    title: info.title,
    conference: info.conference,
    conferenceStarts: info.conferenceStarts,
    year: info.year,
    speakers: info.speakers,
    tags: info.tags,
    kind: info.kind,
    track: info.track,
    path: info.path,
    score: result.score,
    snippet,
    highlights,
    titleHighlights: highlightWords(info.title, inField('title')),
    match,
    ...(onSlide ? { slide: onSlide.slide } : {}),
    fields: [...new Set(Object.values(result.match).flat())],
    hasOpenActions: info.hasOpenActions,
  };
}
