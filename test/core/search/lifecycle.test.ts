import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchService } from '../../../electron/core/search/searchService';
import { SNAPSHOT_FILE } from '../../../electron/core/search/snapshot';
import type { IndexStatus } from '../../../shared/search/types';
import { buildFixtureLibrary, type FixtureLibrary } from './fixtureLibrary';

let fixture: FixtureLibrary;
let search: SearchService;
const open = () => new SearchService({ library: fixture.library, dataDir: fixture.dataDir });
const ids = async (query: string) =>
  (await search.query({ query, limit: 100 })).hits.map((h) => h.talkId);

beforeEach(async () => {
  fixture = await buildFixtureLibrary();
  search = open();
  await search.whenIdle();
}, 120_000);

afterEach(async () => {
  await search.close();
  await fixture.cleanup();
});

async function snapshotPath(): Promise<string> {
  const [key] = await readdir(path.join(fixture.dataDir, 'search'));
  return path.join(fixture.dataDir, 'search', key, SNAPSHOT_FILE);
}

/** Reopens the index as the next app start would, and reports how it found the saved one. */
async function restart(): Promise<IndexStatus[]> {
  await search.close();
  search = open();
  const statuses: IndexStatus[] = [];
  search.onStatus((status) => statuses.push(status));
  await search.whenIdle();
  return statuses;
}

describe('the index follows the library', () => {
  it('indexes notes as they are saved, and forgets the old words', async () => {
    const talk = fixture.talk('Local Development');
    const doc = await fixture.library.readTalk(talk.id);
    await fixture.library.updateTalk(
      talk.id,
      { body: 'We tried zanzibarization of the pipeline.\n' },
      doc.revision,
    );
    await search.whenIdle();
    expect(await ids('zanzibarization')).toEqual([talk.id]);
    expect(await ids('telepresence')).toEqual([]);
  });

  it('follows a renamed talk', async () => {
    const talk = fixture.talk('Everybody Gets A Staging');
    const doc = await fixture.library.readTalk(talk.id);
    await fixture.library.updateTalk(
      talk.id,
      { meta: { title: 'Ephemeral previews for everyone' } },
      doc.revision,
    );
    await search.whenIdle();
    const [hit] = (await search.query({ query: 'ephemeral previews' })).hits;
    expect(hit?.talkId).toBe(talk.id);
    expect(hit?.title).toBe('Ephemeral previews for everyone');
    expect(hit?.path).toBe((await fixture.library.readTalk(talk.id)).path);
  });

  it('follows a talk moved to another conference', async () => {
    const talk = fixture.talk('Fargate');
    const target = fixture.talks.find((t) => t.year === 2021)!.conferenceId;
    await fixture.library.moveTalk(talk.id, target);
    await search.whenIdle();
    expect(await ids('fargate year:2019')).toEqual([]);
    const [hit] = (await search.query({ query: 'fargate year:2021' })).hits;
    expect(hit?.talkId).toBe(talk.id);
    expect(hit?.conferenceId).toBe(target);
  });

  it('drops deleted talks and brings restored ones back', async () => {
    const talk = fixture.talk('Local Development');
    const entry = await fixture.library.deleteTalk(talk.id);
    await search.whenIdle();
    expect(await ids('telepresence')).toEqual([]);
    await fixture.library.restore(entry.trashId);
    await search.whenIdle();
    expect(await ids('telepresence')).toEqual([talk.id]);
  });

  it('picks up edits, new files and deletions made outside the app', async () => {
    const talk = fixture.talk('Local Development');
    const file = path.join(fixture.root, (await fixture.library.readTalk(talk.id)).path);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('telepresence', 'quokkascope'));
    const other = path.join(path.dirname(file), 'written-by-hand.md');
    await writeFile(
      other,
      '---\nid: byhand1\ntitle: Notes typed in another editor\n---\n\nWombatfest was great.\n',
    );
    await fixture.library.list(); // the watcher's rescan, without waiting for the watcher
    await search.whenIdle();
    expect(await ids('quokkascope')).toEqual([talk.id]);
    expect(await ids('telepresence')).toEqual([]);
    expect(await ids('wombatfest')).toEqual(['byhand1']);

    await rm(other);
    await fixture.library.list();
    await search.whenIdle();
    expect(await ids('wombatfest')).toEqual([]);
  });

  it('sees a conference renamed by its talks', async () => {
    const conferenceId = fixture.talk('Fargate').conferenceId;
    const conference = await fixture.library.readConference(conferenceId);
    await fixture.library.updateConference(
      conferenceId,
      { meta: { title: 'DevOps Marathon' } },
      conference.revision,
    );
    await search.whenIdle();
    const hits = (await search.query({ query: 'fargate conference:marathon' })).hits;
    expect(hits.map((h) => h.conference)).toEqual(['DevOps Marathon']);
  });
});

describe('the saved index', () => {
  it('is loaded on the next start without rebuilding', async () => {
    const statuses = await restart();
    expect(statuses.some((s) => s.state === 'building')).toBe(false);
    expect(await ids('telepresence')).toHaveLength(1);
  });

  it('catches up with changes made while the app was closed', async () => {
    await search.close();
    const talk = fixture.talk('Local Development');
    const file = path.join(fixture.root, (await fixture.library.readTalk(talk.id)).path);
    await writeFile(file, (await readFile(file, 'utf8')).replace('telepresence', 'platypusctl'));
    search = open();
    await search.whenIdle();
    expect(await ids('platypusctl')).toEqual([talk.id]);
    expect(await ids('telepresence')).toEqual([]);
  });

  it('is rebuilt when corrupt, and says why', async () => {
    await search.close();
    const file = await snapshotPath();
    const bytes = await readFile(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    await writeFile(file, bytes);
    const statuses = await restart();
    expect(statuses[0]).toMatchObject({ state: 'building', reason: 'corrupt' });
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', talks: fixture.talks.length });
    expect(await ids('telepresence')).toHaveLength(1);
  });

  it('is rebuilt when missing, truncated or from another version', async () => {
    const file = await snapshotPath();
    await search.close();
    await rm(file);
    expect((await restart())[0]).toMatchObject({ state: 'building', reason: 'missing' });
    expect(await ids('fargate')).toHaveLength(1);

    await search.close();
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, text.length / 3));
    expect((await restart())[0]).toMatchObject({ reason: 'corrupt' });

    await search.close();
    const saved = await readFile(file, 'utf8');
    await writeFile(file, saved.replace(/"version":\d+/, '"version":0'));
    expect((await restart())[0]).toMatchObject({ reason: 'version' });
    expect(await ids('fargate')).toHaveLength(1);
  });

  it('is rebuilt on request', async () => {
    const status = await search.reindex();
    expect(status).toMatchObject({ state: 'ready', talks: fixture.talks.length });
    expect(await ids('telepresence')).toHaveLength(1);
  });
});
