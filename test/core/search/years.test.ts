import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreServices, type CoreServices } from '../../../electron/core/services';
import { sharedNotesDir } from '../../helpers/sharedFixtures';

/** The attendees' write-ups, as a user imports them: no dates, the year only in the title. */
const NOTES = sharedNotesDir();

let dir: string;
let services: CoreServices;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'confnotes-years-'));
  services = await createCoreServices({
    libraryRoot: join(dir, 'library'),
    dataDir: join(dir, 'data'),
  });
  await services.importer.run({ paths: [NOTES] });
  await services.search.whenIdle();
}, 120_000);

afterAll(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
});

const conferencesOf = async (query: string) =>
  new Set((await services.search.query({ query, limit: 100 })).hits.map((h) => h.conference));

describe('the year of an imported conference without dates', () => {
  it('comes from its title, so year: finds its talks and only them', async () => {
    expect(await conferencesOf('chaos')).toEqual(
      new Set(['All Day DevOps 2018', 'All Day DevOps 2021']),
    );
    expect(await conferencesOf('chaos year:2021')).toEqual(new Set(['All Day DevOps 2021']));
    expect(await conferencesOf('chaos year:2018')).toEqual(new Set(['All Day DevOps 2018']));
    expect(await conferencesOf('chaos year:2019')).toEqual(new Set());
  });

  it('gives way to a real start date once the user sets one', async () => {
    const tree = await services.library.list();
    const conference = tree.conferences.find((c) => c.meta.title === 'All Day DevOps 2021')!;
    const doc = await services.library.readConference(conference.id);
    await services.library.updateConference(
      conference.id,
      { meta: { starts: '2020-10-28' } },
      doc.revision,
    );
    await services.search.whenIdle();
    expect(await conferencesOf('chaos year:2020')).toEqual(new Set(['All Day DevOps 2021']));
    expect(await conferencesOf('chaos year:2021')).toEqual(new Set());
  });
});
