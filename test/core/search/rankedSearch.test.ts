import type { Query, SearchOptions } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { compactIndex, loadCompactIndex } from '../../../electron/core/search/compactIndex';
import { SearchEngine } from '../../../electron/core/search/searchEngine';
import { MINISEARCH_OPTIONS, type IndexedFields } from '../../../electron/core/search/indexConfig';
import { searchPage } from '../../../electron/core/search/rankedSearch';
import { seededRandom } from '../../bench/searchCorpus';
import { syllableSentences, syllableTalk } from './indexDocs';

/**
 * searchPage runs MiniSearch's query execution again in columns (through
 * the engine's reach into its internals) to rank only the page shown. It must return exactly what `search()` returns for that
 * page (ids, scores, terms, matches, order, ties included) and its length;
 * if a MiniSearch upgrade changes the internals, this fails.
 */
const random = seededRandom(5);
const sentence = syllableSentences(15);

/**
 * Two identical indexes: a search drops the postings of discarded notes it
 * meets, which changes later scores, so `search()` runs on one and
 * searchPage on the other, each seeing the same history.
 */
function buildIndexes(): { indexes: SearchEngine[]; vocabulary: string[] } {
  const docs: IndexedFields[] = [];
  for (let i = 0; i < 600; i++) {
    const fields = syllableTalk(i, sentence, 60);
    docs.push(fields);
    // Twins score the same: the order of ties must be MiniSearch's too.
    if (i % 50 === 0) docs.push({ ...fields, id: `twin-${i}` });
  }
  const indexes = [0, 1].map(() => {
    // No background vacuum: both must change only by the searches.
    const index = new SearchEngine({ ...MINISEARCH_OPTIONS, autoVacuum: false });
    index.addAll(docs);
    // Discarded notes stay in the postings until vacuumed: they must not count.
    for (let i = 0; i < 600; i += 7) index.discard(`talk-${i}`);
    return index;
  });
  const vocabulary = [...new Set(docs.flatMap((d) => d.text.split(' ')))];
  return { indexes, vocabulary };
}

describe('searchPage', () => {
  const {
    indexes: [twin, miniSearch],
    vocabulary,
  } = buildIndexes();
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)];
  const queries: Query[] = [
    ...Array.from({ length: 30 }, pick),
    ...Array.from({ length: 20 }, () => `${pick()} ${pick()}`),
    ...Array.from({ length: 20 }, () => pick().slice(0, 3)),
    ...Array.from({ length: 10 }, () => `${pick()}x`),
    { combineWith: 'AND_NOT', queries: [pick().slice(0, 3), { queries: [pick()], prefix: false }] },
    { combineWith: 'OR', queries: [pick(), pick(), 'ka'] },
    // More distinct terms than a column holds bits for: MiniSearch's own execution answers.
    { combineWith: 'OR', queries: Array.from({ length: 40 }, pick) },
    'ka',
    'nothingmatchesthis',
  ];
  const allowed = new Set([...Array(300).keys()].map((i) => `talk-${i * 2}`));
  const optionSets: SearchOptions[] = [
    {},
    {
      boostDocument: (id: string) => (allowed.has(id) ? 1 : 0),
      filter: (result) => allowed.has(result.id as string),
    },
  ];

  it.each([
    [0, 20],
    [0, 1],
    [20, 20],
    [5, 1000],
    [0, 0],
  ])('returns search()’s page at offset %i, limit %i, and its length', (offset, limit) => {
    let compared = 0;
    for (const options of optionSets) {
      for (const query of queries) {
        const all = twin.search(query, options);
        const page = searchPage(miniSearch, query, options, offset, limit);
        expect(page.total).toBe(all.length);
        expect(page.results).toEqual(all.slice(offset, offset + limit));
        compared += page.results.length;
      }
    }
    if (limit > 0) expect(compared).toBeGreaterThan(50);
  });

  it('ranks ties as search() does', () => {
    const all = twin.search('ka');
    const tied = all.filter((r, i) => i > 0 && r.score === all[i - 1].score);
    expect(tied.length).toBeGreaterThan(0);
    expect(searchPage(miniSearch, 'ka', {}, 0, all.length).results).toEqual(all);
  });
});

describe('searchPage on a loaded compact index', () => {
  // Postings still in the saved bytes are read from them (notes added since after them, notes
  // discarded since skipped and dropped as MiniSearch drops them): the page must not change.
  const docs = Array.from({ length: 900 }, (_, i) => syllableTalk(i, sentence, 80));
  const loaded = () => {
    const built = new SearchEngine(MINISEARCH_OPTIONS);
    built.addAll(docs.slice(0, 800));
    for (let i = 0; i < 800; i += 11) built.discard(`talk-${i}`);
    const { parts, terms } = compactIndex(built);
    const index = loadCompactIndex(parts, terms, MINISEARCH_OPTIONS);
    index.addAll(docs.slice(800));
    for (let i = 3; i < 900; i += 13) if (index.has(`talk-${i}`)) index.discard(`talk-${i}`);
    return index;
  };
  const [twin, lazy] = [loaded(), loaded()];
  const vocabulary = [...new Set(docs.flatMap((d) => d.text.split(' ')))];
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)];
  const notesWith = new Map<string, number>();
  for (const doc of docs)
    for (const w of new Set(doc.text.split(' '))) notesWith.set(w, (notesWith.get(w) ?? 0) + 1);
  const common = [...notesWith.keys()].sort((a, b) => notesWith.get(b)! - notesWith.get(a)!);
  const queries: Query[] = [
    ...Array.from({ length: 20 }, pick),
    ...Array.from({ length: 20 }, () => `${pick()} ${pick()}`),
    ...Array.from({ length: 20 }, () => pick().slice(0, 3)),
    ...Array.from({ length: 10 }, () => `${pick()}x`),
    'ka',
    'k',
    // Thousands of postings: liveness and lengths are then read from arrays (noteTable.ts).
    { combineWith: 'OR', queries: common.slice(0, 25) },
    { combineWith: 'OR', queries: common.slice(5, 30).map((w) => w.slice(0, 3)) },
  ];

  it('returns search()’s page, asked twice (the first search drops discarded postings)', () => {
    let compared = 0;
    for (let round = 0; round < 2; round++) {
      for (const query of queries) {
        const all = twin.search(query);
        const page = searchPage(lazy, query, {}, 0, 20);
        expect(page.total).toBe(all.length);
        expect(page.results).toEqual(all.slice(0, 20));
        compared += page.results.length;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});

describe('searchPage on a compact index just loaded', () => {
  // Nothing added since loading: prefixes are read from the saved terms (prefixTerms.ts), in the
  // order MiniSearch's tree walk gives (the order of a note's matched words shows in `terms`).
  const docs = Array.from({ length: 700 }, (_, i) => syllableTalk(i, sentence, 80));
  const loaded = () => {
    const built = new SearchEngine(MINISEARCH_OPTIONS);
    built.addAll(docs);
    const { parts, terms } = compactIndex(built);
    const index = loadCompactIndex(parts, terms, MINISEARCH_OPTIONS);
    for (let i = 0; i < 700; i += 9) index.discard(`talk-${i}`);
    return index;
  };
  const [twin, lazy] = [loaded(), loaded()];
  const words = [...new Set(docs.flatMap((d) => d.text.split(' ')))].filter((w) => w.length > 5);
  const prefixes = [...new Set(words.flatMap((w) => [w.slice(0, 3), w.slice(0, 4)]))];

  it('returns search()’s page for prefixes, matched words in the same order', () => {
    let several = 0;
    for (const prefix of prefixes.slice(0, 150)) {
      const all = twin.search(prefix);
      const page = searchPage(lazy, prefix, {}, 0, 20);
      expect(page.total).toBe(all.length);
      expect(page.results).toEqual(all.slice(0, 20));
      page.results.forEach((r, i) => expect(r.terms).toStrictEqual(all[i].terms));
      several += page.results.filter((r) => r.terms.length > 1).length;
    }
    expect(several).toBeGreaterThan(100);
  });
});
