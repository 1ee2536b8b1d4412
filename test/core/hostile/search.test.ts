import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchService } from '../../../electron/core/search/searchService';
import { NAME_CASES, QUERY_CASES } from '../../fixtures/hostile/cases';
import { findDangers } from '../../fixtures/hostile/dangers';
import { Tally } from '../../fixtures/hostile/tally';
import { createArena, fingerprint, markerExists } from './arena';
import { buildHostileLibrary, type HostileLibrary } from './hostileLibrary';

/**
 * The corpus through search (electron/core/search, its real index worker).
 * Protections covered: the plain text that is indexed and shown in snippets
 * leaves raw HTML out (shared/markdown/plainText.ts), so no snippet carries
 * markup; the query parser takes any text without throwing or running a
 * runaway pattern; the index lives in the app's data folder, so indexing
 * never writes into the library. The pathological notes are indexed within
 * the test's time bound (the engine's delimiter budget).
 */
const arena = createArena('search');
const tally = new Tally();
let hostile: HostileLibrary;
let search: SearchService;
let libraryBefore: Record<string, string>;

beforeAll(async () => {
  hostile = await buildHostileLibrary(arena);
  libraryBefore = await fingerprint(arena.library);
  search = new SearchService({ library: hostile.library, dataDir: arena.dataDir });
  await search.whenIdle();
}, 300_000);

afterAll(async () => {
  tally.print();
  expect(tally.count('search')).toBe(hostile.notes.length + NAME_CASES.length + QUERY_CASES.length);
  await search.close();
  await hostile.library.close();
  await arena.cleanup();
});

describe('searching hostile notes', () => {
  it('indexes every hostile note and finds each by its title', async () => {
    for (const note of hostile.notes) {
      tally.add('search', note.id);
      const { meta } = await hostile.library.readTalk(hostile.talkOf.get(note.id)!);
      const { hits } = await search.query({ query: meta.title.replace(/-/g, ' '), limit: 200 });
      // A title without a word (`/(a+)+$/`) is still a query that must answer.
      if (!/\p{L}{3}/u.test(meta.title)) continue;
      expect(
        hits.map((h) => h.talkId),
        note.id,
      ).toContain(hostile.talkOf.get(note.id));
    }
  }, 300_000);

  it('never indexes or shows raw HTML (snippets are plain text, shown escaped by the app)', async () => {
    // Raw HTML that CommonMark recognises as HTML: its words are not in the index.
    // (Markup CommonMark reads as text, `<img/src=…>`, is text there too, and shown as text.)
    // (Text between inline tags, as in `<script>…</script>` inside a sentence, is text.)
    for (const id of ['html-img-onerror', 'html-iframe-js', 'html-svg-onload', 'html-form']) {
      const { hits } = await search.query({ query: 'execsync', limit: 200 });
      expect(
        hits.map((h) => h.talkId),
        id,
      ).not.toContain(hostile.talkOf.get(id));
      const hit = (await search.query({ query: 'keynote', limit: 200 })).hits.find(
        (h) => h.talkId === hostile.talkOf.get(id),
      );
      expect(hit?.snippet, id).toBeDefined();
      expect(findDangers(hit!.snippet), hit!.snippet).toEqual([]);
    }
  });

  it.each(NAME_CASES)('$id: a hostile title is searchable text', async (name) => {
    tally.add('search', name.id);
    const { hits, total } = await search.query({
      query: `notes on ${name.id.replace(/-/g, ' ')}`,
      limit: 500,
    });
    expect(
      hits.map((h) => h.talkId),
      `${total} hits`,
    ).toContain(hostile.talkOf.get(name.id));
    for (const hit of hits) expect(findDangers(hit.snippet)).toEqual([]);
  });

  it.each(QUERY_CASES.map((q, i) => [i, q] as const))(
    'query %i answers without throwing',
    async (index, query) => {
      tally.add('search', `query-${index}`);
      const response = await search.query({ query, limit: 50 });
      expect(Array.isArray(response.hits)).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('writes nothing into the library and runs nothing', async () => {
    expect(await fingerprint(arena.library)).toEqual(libraryBefore);
    expect(Object.keys(await fingerprint(arena.dataDir)).length).toBeGreaterThan(0);
    expect(await markerExists(arena.arm)).toBe(false);
  });
});
