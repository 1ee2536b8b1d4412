import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreServices, type CoreServices } from '../../../electron/core/services';
import { createDispatcher } from '../../../electron/handlers/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { channelName } from '../../../shared/ipc/define';
import type { SearchResponse, TalkRef } from '../../../shared/search/types';

let base: string;
let services: CoreServices;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'confnotes-search-ipc-'));
  services = await createCoreServices({
    libraryRoot: path.join(base, 'library'),
    dataDir: path.join(base, 'data'),
  });
  const conference = await services.library.createConference({
    title: 'SREcon',
    starts: '2022-03-14',
    tags: ['sre'],
  });
  await services.library.createTalk(
    conference.id,
    {
      title: 'Error budgets in practice',
      speakers: [{ name: 'Liz Fong-Jones' }],
      kind: 'keynote',
      tags: ['slo'],
    },
    'Burn rate alerts beat static thresholds.\n\n- [ ] read the workbook\n',
  );
  await services.library.createTalk(
    conference.id,
    { title: 'Postmortems' },
    'Blameless reviews.\n',
  );
}, 120_000);

afterAll(async () => {
  await services.close();
  await rm(base, { recursive: true, force: true });
});

describe('the search domain over IPC', () => {
  it('answers queries, views and filter values through the one dispatcher, input validated', async () => {
    const dispatch = createDispatcher(createHandlers(services, {} as never));
    await services.search.whenIdle();
    const result = await dispatch(channelName('search', 'query'), {
      query: 'burn',
      filters: { year: [2022] },
    });
    expect(result.ok).toBe(true);
    const response = (result as { ok: true; value: SearchResponse }).value;
    expect(response.hits.map((h) => h.title)).toEqual(['Error budgets in practice']);
    expect(response.hits[0].hasOpenActions).toBe(true);

    const bySpeaker = await dispatch(channelName('search', 'talksBySpeaker'), {
      name: 'Liz Fong-Jones',
    });
    expect((bySpeaker as { ok: true; value: TalkRef[] }).value.map((t) => t.title)).toEqual([
      'Error budgets in practice',
    ]);

    const invalid = await dispatch(channelName('search', 'query'), { query: 'x', limit: 0 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const badKind = await dispatch(channelName('search', 'query'), {
      query: 'x',
      filters: { kind: ['talkshow'] },
    });
    expect(badKind).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
