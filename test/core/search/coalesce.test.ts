import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IndexHost } from '../../../electron/core/search/indexHost';
import { SearchService } from '../../../electron/core/search/searchService';
import { buildFixtureLibrary, type FixtureLibrary } from './fixtureLibrary';

/**
 * Live typing: the app saves the open note about once a second and each
 * save re-indexes it. The first save is indexed at once; further saves of
 * the same note wait until `coalesceMs` after its last indexing (the last
 * one wins), other notes never wait, and whenIdle takes waiting saves in.
 */
const COALESCE_MS = 2500;
let fixture: FixtureLibrary;
let search: SearchService;
let upserts: string[];

beforeAll(async () => {
  fixture = await buildFixtureLibrary();
  // In-thread so that the index's own upsert can be counted (the worker runs the same IndexHost).
  search = new SearchService({
    library: fixture.library,
    dataDir: fixture.dataDir,
    inThread: true,
    coalesceMs: COALESCE_MS,
  });
  await search.whenIdle();
  const host = (await search.start()) as IndexHost;
  upserts = [];
  const upsert = host.upsert.bind(host);
  vi.spyOn(host, 'upsert').mockImplementation((source, body) => {
    upserts.push(source.id);
    return upsert(source, body);
  });
}, 120_000);

afterAll(async () => {
  await search.close();
  await fixture.cleanup();
});

const originals = new Map<string, string>();

/** Saves the note as its original text with `words` put first (each save replaces the last). */
async function save(id: string, words: string): Promise<void> {
  const doc = await fixture.library.readTalk(id);
  if (!originals.has(id)) originals.set(id, doc.body);
  await fixture.library.updateTalk(id, { body: `${words}\n\n${originals.get(id)}` }, doc.revision);
}

const found = async (word: string) =>
  (await search.query({ query: word })).hits.map((hit) => hit.talkId);

/** Waits (without whenIdle, which would take waiting saves in) until `word` finds `id`. */
async function until(word: string, id: string, withinMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if ((await found(word)).includes(id)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${word} not indexed within ${withinMs} ms`);
}

describe('saves of a note being typed in', () => {
  it('index the first at once, the next ones at most every coalesceMs, the latest text', async () => {
    const typed = fixture.talk('Local Development');
    const other = fixture.talk('Everybody Gets A Staging');

    await save(typed.id, 'firstsaveword');
    await until('firstsaveword', typed.id, 1000);
    expect(upserts).toEqual([typed.id]);

    // Two more saves right away: both wait, the later one wins.
    await save(typed.id, 'secondsaveword');
    await save(typed.id, 'thirdsaveword');
    // Another note is not held up by the one being typed in.
    await save(other.id, 'othernoteword');
    await until('othernoteword', other.id, 1000);
    expect(await found('secondsaveword')).toEqual([]);
    expect(await found('thirdsaveword')).toEqual([]);
    expect(upserts).toEqual([typed.id, other.id]);

    // Taken in once the window since the first indexing has passed, as one indexing.
    await until('thirdsaveword', typed.id, COALESCE_MS + 2000);
    expect(await found('secondsaveword')).toEqual([]);
    expect(upserts).toEqual([typed.id, other.id, typed.id]);
  });

  it('go in at once when the index is asked to be idle', async () => {
    const typed = fixture.talk('Local Development');
    await save(typed.id, 'idlesaveword');
    // Within the window of the last indexing: waits...
    expect(await found('idlesaveword')).toEqual([]);
    // ...until someone needs the index current.
    await search.whenIdle();
    expect(await found('idlesaveword')).toEqual([typed.id]);
  });
});

describe('saves of a conference', () => {
  it('its intro notes alone list nothing again; a new title reaches its talks', async () => {
    const talk = fixture.talk('Local Development');
    const list = vi.spyOn(fixture.library, 'list');
    let intro = await fixture.library.readConference(talk.conferenceId);
    intro = await fixture.library.updateConference(
      talk.conferenceId,
      { body: 'Typed into the intro.\n' },
      intro.revision,
    );
    await search.whenIdle();
    expect(list).not.toHaveBeenCalled();

    await fixture.library.updateConference(
      talk.conferenceId,
      { meta: { title: 'Renamedconference Days' } },
      intro.revision,
    );
    await search.whenIdle();
    expect(list).toHaveBeenCalled();
    expect(await found('renamedconference')).toContain(talk.id);
    list.mockRestore();
  });
});
