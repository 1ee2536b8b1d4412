import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TalkInfo } from '../../../electron/core/search/documents';
import { IndexHost } from '../../../electron/core/search/indexHost';
import type { SearchIndex } from '../../../electron/core/search/searchIndex';
import { SearchService } from '../../../electron/core/search/searchService';
import { warmUpRequests } from '../../../electron/core/search/warmUp';
import { buildFixtureLibrary, type FixtureLibrary } from './fixtureLibrary';

/** Just what warmUpRequests reads of an index: its talks' titles. */
const titled = (...titles: string[]) =>
  ({
    talks: new Map(titles.map((title, i) => [`t${i}`, { id: `t${i}`, title } as TalkInfo])),
  }) as unknown as SearchIndex;

describe('the searches that warm an index', () => {
  it("are made of the library's own title words: a long word, its prefix, two words", () => {
    const requests = warmUpRequests(titled('The Chaos of Observability', 'Kubernetes at Scale'));
    const once = [
      { query: 'observability' },
      { query: 'obs' },
      { query: 'kubernetes observability' },
    ];
    expect(requests).toEqual([...once, ...once]);
  });

  it('are none when no title has a word of five letters', () => {
    expect(warmUpRequests(titled())).toEqual([]);
    expect(warmUpRequests(titled('Go at a DB', 'The way we are'))).toEqual([]);
  });
});

describe('warming the search index', () => {
  let fixture: FixtureLibrary;
  beforeAll(async () => {
    fixture = await buildFixtureLibrary();
  }, 120_000);
  afterAll(() => fixture.cleanup());

  it('runs once the app has started the index and it has caught up, never for a query alone', async () => {
    const warm = vi.spyOn(IndexHost.prototype, 'warm');
    const sync = vi.spyOn(IndexHost.prototype, 'sync');
    const options = { library: fixture.library, dataDir: fixture.dataDir, inThread: true };
    try {
      // A command that asks once: no warming.
      const asked = new SearchService(options);
      await asked.whenIdle();
      const before = await asked.query({ query: 'kubernetes', limit: 50 });
      expect(warm).not.toHaveBeenCalled();
      await asked.close();

      const started = new SearchService(options);
      void started.start();
      void started.start();
      await started.whenIdle();
      expect(warm).toHaveBeenCalledTimes(1);
      expect(warm.mock.invocationCallOrder[0]).toBeGreaterThan(sync.mock.invocationCallOrder[1]);
      // Warming answers nothing and changes no answer.
      const after = await started.query({ query: 'kubernetes', limit: 50 });
      expect(after.hits.map((h) => [h.talkId, h.score, h.snippet])).toEqual(
        before.hits.map((h) => [h.talkId, h.score, h.snippet]),
      );
      expect(before.total).toBeGreaterThan(0);
      await started.close();
    } finally {
      warm.mockRestore();
      sync.mockRestore();
    }
  });
});
