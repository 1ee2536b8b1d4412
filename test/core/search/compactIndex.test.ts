import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type MiniSearch from 'minisearch';
import type { AsPlainObject, SearchOptions } from 'minisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactIndex, loadCompactIndex } from '../../../electron/core/search/compactIndex';
import { SearchEngine } from '../../../electron/core/search/searchEngine';
import { MINISEARCH_OPTIONS, type IndexedFields } from '../../../electron/core/search/indexConfig';
import { replaceDocument } from '../../../electron/core/search/replaceDocument';
import { LazyMap } from '../../../electron/core/search/lazyMap';
import { loadSnapshot, saveSnapshot } from '../../../electron/core/search/snapshot';
import { buildFixtureLibrary, type FixtureLibrary } from './fixtureLibrary';
import { fixtureDocs, generatedDocs } from './indexDocs';

/*
 * The compact index reaches into MiniSearch's internals (searchEngine.ts). These tests
 * hold it to being the very index plain MiniSearch.add builds: same toJSON,
 * same answers, before and after adds and discards. A MiniSearch whose
 * internals moved fails here.
 */

let fixture: FixtureLibrary;
let dir: string;
let fixtureSet: IndexedFields[];

beforeAll(async () => {
  fixture = await buildFixtureLibrary();
  fixtureSet = await fixtureDocs(fixture);
  dir = await mkdtemp(path.join(os.tmpdir(), 'confnotes-compact-'));
}, 120_000);

afterAll(async () => {
  await fixture.cleanup();
  await rm(dir, { recursive: true, force: true });
});

function built(docs: IndexedFields[]): SearchEngine {
  const engine = new SearchEngine(MINISEARCH_OPTIONS);
  engine.addAll(docs);
  return engine;
}

/** Saved and loaded again through the snapshot file, as the app does. */
async function throughFile(engine: SearchEngine) {
  await saveSnapshot(dir, engine, [], [], 1);
  const loaded = await loadSnapshot(dir);
  if (!loaded.ok) throw new Error(loaded.detail);
  return loaded.snapshot.engine;
}

/** toJSON with the terms in one order (the radix tree's own order depends on its history). */
function plain(miniSearch: MiniSearch<IndexedFields>): AsPlainObject {
  const json = miniSearch.toJSON();
  return { ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}

const QUERIES: Array<[string, SearchOptions?]> = [
  ['kubernetes'],
  ['kube'],
  ['kubernetis'],
  ['security monitoring'],
  ['container security', { combineWith: 'OR' }],
  ['chaos engineering', { fields: ['title', 'text'] }],
  ['devops', { filter: (r) => String(r.id) < 'm' }],
  ['monitoring', { prefix: false, fuzzy: false }],
  ['serverless observability'],
  ['con'],
  ['conf'],
  ['container'],
  ['kalomi'],
  ['kalo'],
  ['trexple'],
  ['amelie'],
  ['токен'],
  ['東京 2022'],
  ['abc', { prefix: true }],
  ['x'.repeat(70)],
  ['quanzé stia', { combineWith: 'OR' }],
  ['plon', { fuzzy: 2 }],
];

/** A query's results in a comparable form: ids and scores by id, matched terms sorted. */
function answers(miniSearch: MiniSearch<IndexedFields>) {
  return QUERIES.map(([query, options]) =>
    miniSearch
      .search(query, options)
      .map((r) => ({
        id: String(r.id),
        score: r.score,
        terms: [...r.terms].sort(),
        match: r.match,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  );
}

function expectSameAnswers(actual: MiniSearch<IndexedFields>, expected: MiniSearch<IndexedFields>) {
  const got = answers(actual);
  const want = answers(expected);
  expect(want.flat().length).toBeGreaterThan(50);
  got.forEach((results, q) => {
    expect(
      results.map((r) => r.id),
      QUERIES[q][0],
    ).toEqual(want[q].map((r) => r.id));
    results.forEach((r, i) => {
      // Sums of the same floats in another order may differ in the last bits.
      expect(r.score).toBeCloseTo(want[q][i].score, 9);
      expect({ terms: r.terms, match: r.match }).toEqual({
        terms: want[q][i].terms,
        match: want[q][i].match,
      });
    });
  });
}

describe('the compact index', () => {
  it.each([
    ['the fixture library', () => fixtureSet],
    ['generated notes', () => generatedDocs(400, 1)],
    ['both', () => [...fixtureSet, ...generatedDocs(300, 2)]],
  ])('loads as the index MiniSearch.add builds: %s', async (_, docs) => {
    const reference = built(docs());
    const loaded = await throughFile(built(docs()));
    expect(plain(loaded)).toEqual(plain(reference));
    expectSameAnswers(loaded, reference);
  });

  it('stays that index after adds, discards, replaces and removes, and vacuums on save', async () => {
    const docs = [...fixtureSet, ...generatedDocs(300, 3)];
    const reference = built(docs);
    const loaded = await throughFile(built(docs));
    const more = generatedDocs(60, 4, 1000);
    const changed = { ...docs[5], text: `${docs[5].text} kalomi platypusctl` };
    for (const index of [reference, loaded]) {
      index.addAll(more.slice(0, 30));
      index.discardAll([docs[0].id, docs[1].id, more[3].id, docs[40].id]);
      index.replace(changed);
      index.remove(docs[7]);
      index.addAll(more.slice(30));
      index.discard(more[40].id);
    }
    expectSameAnswers(loaded, reference);
    expect(loaded.search('platypusctl').map((r) => String(r.id))).toEqual([changed.id]);

    // Saving drops the discarded notes' postings: MiniSearch's own vacuum gives the same index.
    const reloaded = await throughFile(loaded);
    await reference.vacuum();
    expect(reference.dirtCount).toBe(0);
    expect(plain(reloaded)).toEqual(plain(reference));
    expect(plain(loaded)).toEqual(plain(reference));
    expectSameAnswers(reloaded, reference);
  });

  it('saves notes added to terms still undecoded, and drops discarded ones, without decoding', async () => {
    const docs = generatedDocs(300, 6);
    const reference = built(docs);
    let loaded = await throughFile(built(docs));
    for (let round = 0; round < 2; round++) {
      const more = generatedDocs(40, 7 + round, 2000 + round * 100);
      for (const index of [reference, loaded]) {
        index.addAll(more);
        index.discardAll([docs[round * 3].id, more[5].id]);
      }
      loaded = await throughFile(loaded);
      await reference.vacuum();
      expect(plain(loaded)).toEqual(plain(reference));
    }
    expectSameAnswers(loaded, reference);
  });

  it('takes notes re-indexed in place (replaceDocument) on terms still undecoded', async () => {
    const docs = [...fixtureSet, ...generatedDocs(200, 8)];
    const reference = built(docs);
    let loaded = await throughFile(built(docs));
    const more = generatedDocs(10, 9, 3000);
    for (const index of [reference, loaded]) {
      index.addAll(more);
      for (const [before, words] of [
        [docs[2], 'kalomi zéquan platypusctl'],
        [more[4], 'trexple'],
      ] as const) {
        const after = { ...before, text: `${before.text.split(' ').slice(3).join(' ')} ${words}` };
        expect(replaceDocument(index, before, after)).toBe(true);
      }
    }
    expectSameAnswers(loaded, reference);
    loaded = await throughFile(loaded);
    expect(plain(loaded)).toEqual(plain(reference));
  });

  it('builds only the part of the tree, and decodes only the terms, a search reaches', () => {
    const source = built(generatedDocs(300, 5));
    const { parts, terms } = compactIndex(source);
    const loaded = loadCompactIndex(parts, terms, MINISEARCH_OPTIONS);
    const root = () => loaded.termTree as LazyMap<string, unknown>;
    /** Nodes built and leaves decoded, found without building or decoding anything. */
    const reached = (node = root()): { nodes: number; leaves: number } => {
      if (node instanceof LazyMap && node.isPending) return { nodes: 0, leaves: 0 };
      const count = { nodes: 1, leaves: 0 };
      for (const [label, child] of node) {
        if (label === '') count.leaves += child instanceof LazyMap && child.isPending ? 0 : 1;
        else {
          const below = reached(child as LazyMap<string, unknown>);
          count.nodes += below.nodes;
          count.leaves += below.leaves;
        }
      }
      return count;
    };
    expect(reached()).toEqual({ nodes: 0, leaves: 0 });
    expect(loaded.search('kalomi', { prefix: false, fuzzy: false }).length).toBeGreaterThan(0);
    const afterOne = reached();
    expect(afterOne.leaves).toBe(1);
    expect(afterOne.nodes).toBeLessThan(10);
    loaded.search('kalomi', { prefix: true, fuzzy: 1 });
    expect(reached().leaves).toBeGreaterThan(1);
    expect(reached().leaves).toBeLessThan(terms.terms.length / 2);
    // Saving hands what searches built back to bytes, so the heap does not keep it.
    compactIndex(loaded);
    expect(reached()).toEqual({ nodes: 0, leaves: 0 });
  });
});
