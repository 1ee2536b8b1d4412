import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchService } from '../../../electron/core/search/searchService';
import type { SearchHit, SearchRequest } from '../../../shared/search/types';
import { buildFixtureLibrary, type FixtureLibrary } from './fixtureLibrary';

let fixture: FixtureLibrary;
let search: SearchService;

beforeAll(async () => {
  fixture = await buildFixtureLibrary();
  search = new SearchService({ library: fixture.library, dataDir: fixture.dataDir });
  await search.whenIdle();
}, 120_000);

afterAll(async () => {
  await search.close();
  await fixture.cleanup();
});

const find = async (query: string, extra: Partial<SearchRequest> = {}) =>
  (await search.query({ query, limit: 50, ...extra })).hits;
const titles = (hits: SearchHit[]) => hits.map((h) => h.title);
/** The words a hit's highlights cover, lower-cased. */
const marked = (hit: SearchHit) =>
  hit.highlights.map(([s, e]) => hit.snippet.slice(s, e).toLowerCase());

describe('relevance on the attendees’ notes', () => {
  it('indexes every talk of the three conferences', async () => {
    expect(fixture.talks.length).toBeGreaterThan(25);
    expect((await search.status()).talks).toBe(fixture.talks.length);
  });

  it('puts the one talk that mentions a word first', async () => {
    const hits = await find('telepresence');
    expect(hits).toHaveLength(1);
    expect(hits[0].title).toMatch(/Local Development Environment/);
    expect(marked(hits[0])).toContain('telepresence');
  });

  it('ranks a title match above mentions in other notes', async () => {
    const hits = await find('fargate');
    expect(hits[0].title).toBe('Deploying Microservices to AWS Fargate');
    expect(hits[0].titleHighlights.length).toBe(1);
  });

  it('finds words by prefix while typing', async () => {
    const hits = await find('telepres');
    expect(hits[0].title).toMatch(/Local Development Environment/);
    expect(marked(hits[0])).toContain('telepresence');
  });

  it('forgives typos in longer words, but prefers exact matches', async () => {
    const typo = await find('telepresense');
    expect(typo[0].title).toMatch(/Local Development Environment/);
    const exact = await find('wardley');
    const fuzzy = await find('wardly');
    expect(fuzzy[0].talkId).toBe(exact[0].talkId);
    expect(fuzzy[0].score).toBeLessThan(exact[0].score);
  });

  it('does not guess at typos in short words', async () => {
    expect(await find('slx')).toEqual([]);
  });

  it('matches speakers, boosted, with accents ignored', async () => {
    const hits = await find('amelie koran');
    expect(hits[0].title).toMatch(/^Zero Gain vs. Zero Loss/);
    expect(hits[0].speakers).toEqual(['Amélie Koran']);
  });

  it('filters by speaker with the query language', async () => {
    const hits = await find('speaker:"Liz Fong-Jones" slo');
    expect(titles(hits)).toEqual([
      'Keynote: Managing Risk with Service Level Objectives and Chaos Engineering',
    ]);
    expect(hits[0].highlights.length).toBeGreaterThan(0);
    expect(marked(hits[0]).every((w) => w.startsWith('slo'))).toBe(true);
  });

  it('filters by year, conference, tag and kind', async () => {
    const in2019 = await find('slo year:2019');
    expect(in2019.length).toBeGreaterThan(0);
    expect(in2019.every((h) => h.year === 2019)).toBe(true);
    const all = await find('slo');
    expect(all.length).toBeGreaterThan(in2019.length);

    const conference = await find('chaos conference:"All Day DevOps 2021"');
    expect(conference.length).toBeGreaterThan(0);
    expect(conference.every((h) => h.conference === 'All Day DevOps 2021')).toBe(true);

    const security = await find('tag:security');
    expect(security.length).toBeGreaterThan(1);
    expect(security.every((h) => h.tags.includes('security'))).toBe(true);

    const keynotes = await find('kind:keynote');
    expect(keynotes.length).toBeGreaterThan(1);
    expect(keynotes.every((h) => h.kind === 'keynote' && h.title.startsWith('Keynote:'))).toBe(
      true,
    );
  });

  it('filters by open action items, and only open ones', async () => {
    const open = await find('is:open');
    expect(titles(open)).toEqual(['Container security monitoring using open source']);
    expect(open[0].hasOpenActions).toBe(true);
    const notOpen = await find('staging -is:open');
    expect(titles(notOpen)).toContain('Everybody Gets A Staging Environment!');
    expect(titles(notOpen)).not.toContain('Container security monitoring using open source');
  });

  it('takes filters from chips as well as from the text', async () => {
    const hits = await find('slo', { filters: { year: [2021], kind: ['keynote'] } });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.year === 2021 && h.kind === 'keynote')).toBe(true);
  });

  it('matches quoted phrases only in order, and marks the phrase', async () => {
    const phrase = await find('"error budget"');
    expect(phrase.length).toBeGreaterThan(0);
    for (const hit of phrase) expect(hit.snippet.toLowerCase()).toMatch(/error budget/);
    expect(marked(phrase[0])).toEqual(expect.arrayContaining(['error', 'budget']));
    const words = await find('budget error');
    expect(words.length).toBeGreaterThanOrEqual(phrase.length);
  });

  it('leaves out talks with an excluded word or phrase', async () => {
    const chaos = await find('chaos');
    const withoutGremlin = await find('chaos -gremlin');
    expect(withoutGremlin.length).toBe(chaos.length - 1);
    expect(titles(withoutGremlin)).not.toContain('Getting started with chaos engineering');
  });

  it('places the best match so the app can scroll to it', async () => {
    const [hit] = await find('ksync');
    const talk = await fixture.library.readTalk(hit.talkId);
    const { markdownToPlainText } = await import('../../../shared/markdown');
    const text = markdownToPlainText(talk.body);
    expect(hit.match).not.toBeNull();
    expect(text.slice(hit.match!.textOffset, hit.match!.textOffset + 5)).toBe('ksync');
    expect(hit.match!.occurrence).toBe(0);
  });

  it('lists every talk of a speaker and of a tag, oldest first', async () => {
    const byLiz = await search.talksBySpeaker('liz fong-jones');
    expect(byLiz.map((t) => t.title)).toEqual([
      'Keynote: Managing Risk with Service Level Objectives and Chaos Engineering',
    ]);
    const chaos = await search.talksByTag('chaos');
    expect(chaos.length).toBeGreaterThanOrEqual(3);
    const years = chaos.map((t) => t.year!);
    expect(years).toEqual([...years].sort());
  });

  it('counts filter values for chips', async () => {
    const response = await search.query({ query: 'chaos', facets: true });
    expect(response.facets!.years.map((y) => y.year).sort()).toEqual([2018, 2021]);
    const values = await search.values();
    expect(values.conferences).toHaveLength(3);
    expect(values.open).toBe(1);
  });

  it('reports what it could not understand instead of failing', async () => {
    const response = await search.query({ query: 'year:soon kind:talkshow slo' });
    expect(response.parsed.warnings).toHaveLength(2);
    expect(response.hits.length).toBeGreaterThan(0);
  });
});
