import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confnotes } from '../helpers/runCli';
import { bareRepository, startGitHttpServer, type GitHttpServer } from '../helpers/gitHttpServer';
import { tempDir } from '../helpers/tempLibrary';
import { expectSoundRepository } from '../core/history/historyFixture';

let server: GitHttpServer | undefined;
beforeEach(async () => {
  process.env.CONFNOTES_DATA = await tempDir('confnotes-data-');
});
afterEach(async () => {
  delete process.env.CONFNOTES_SYNC_TOKEN;
  delete process.env.CONFNOTES_DATA;
  await server?.close();
  server = undefined;
});

async function ok(...args: string[]): Promise<string> {
  const run = await confnotes(...args);
  if (run.code !== 0) throw new Error(`confnotes ${args.join(' ')} failed: ${run.err}`);
  return run.out;
}

describe('confnotes history, restore and sync', () => {
  it('turns history on, lists a talk’s versions, restores one, and syncs with a token from the environment', async () => {
    const base = await tempDir();
    const lib = join(base, 'library');
    const { id: conference } = JSON.parse(
      await ok('new-conference', '--library', lib, '--title', 'SREcon', '--json'),
    ) as { id: string };
    const talk = (
      await ok('new-talk', '--library', lib, '--conference', conference, '--title', 'Toil')
    ).trim();

    const off = await confnotes('history', talk, '--library', lib);
    expect(off.code).toBe(1);
    expect(off.err).toContain('History is off for this library');
    expect(await ok('history', 'on', '--library', lib)).toContain('History is on.');

    const notes = join(base, 'notes.md');
    await writeFile(notes, 'First draft.\n');
    await ok('set-notes', talk, '--file', notes, '--library', lib);
    await writeFile(notes, 'Second draft, longer than the first.\n');
    await ok('set-notes', talk, '--file', notes, '--library', lib);

    const versions = JSON.parse(await ok('history', talk, '--json', '--library', lib)) as Array<{
      version: string;
      date: string;
      message: string;
      added: number;
      removed: number;
    }>;
    expect(versions.map((v) => [v.message, v.added, v.removed])).toEqual([
      ['Notes: Toil', 5, 1],
      ['Notes: Toil', 2, 0],
      ['Confnotes history begins: 2 notes', 0, 0],
    ]);
    expect(Object.keys(versions[0]).sort()).toEqual([
      'added',
      'date',
      'message',
      'removed',
      'version',
    ]);
    expect(await ok('history', talk, '--library', lib)).toMatch(
      /^[0-9a-f]{10} {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}\+5 -1/,
    );

    const restored = await ok(
      'restore',
      talk,
      '--version',
      versions[1].version.slice(0, 7),
      '--library',
      lib,
    );
    expect(restored).toMatch(/^Restored; this is version [0-9a-f]{10}\.$/);
    const shown = JSON.parse(await ok('show', talk, '--json', '--library', lib)) as {
      body: string;
    };
    expect(shown.body).toBe('First draft.\n');
    const bad = await confnotes('restore', talk, '--version', 'ffff', '--library', lib);
    expect([bad.code, bad.err]).toEqual([
      1,
      "confnotes restore: No version ffff in this note's history.",
    ]);

    bareRepository(base, 'remote');
    server = await startGitHttpServer(base, { token: 'secret-token' });
    const noRemote = await confnotes('sync', '--library', lib);
    expect([noRemote.code, noRemote.err]).toEqual([
      1,
      'confnotes sync: No remote is set: give the URL of a git repository first.',
    ]);
    const missing = await confnotes('sync', '--remote', server.url('remote'), '--library', lib);
    expect([missing.code, missing.err]).toEqual([
      1,
      `confnotes sync: ${server.url('remote').replace('http://', '')} asks for a token, and none is set. Set CONFNOTES_SYNC_TOKEN to an access token for it.`,
    ]);
    process.env.CONFNOTES_SYNC_TOKEN = 'wrong-token';
    const refused = await confnotes('sync', '--library', lib);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('refused the token');
    process.env.CONFNOTES_SYNC_TOKEN = 'secret-token';
    const synced = await confnotes('sync', '--library', lib, '--json');
    expect(synced.code).toBe(0);
    expect(JSON.parse(synced.out)).toMatchObject({ outcome: 'synced', pushed: true });
    expect(expectSoundRepository(lib).status).toBe('');
    expect(
      JSON.stringify(
        await import('node:fs/promises').then((fs) =>
          fs.readFile(join(lib, '.git', 'config'), 'utf8'),
        ),
      ),
    ).not.toContain('secret-token');
    expect((await confnotes('sync', '--help')).out).toContain('CONFNOTES_SYNC_TOKEN');
  });

  it('says what is wrong, and exits 1, for an unknown talk or a remote it will not use', async () => {
    const lib = join(await tempDir(), 'library');
    await ok('init', '--library', lib);
    await ok('history', 'on', '--library', lib);
    const unknown = await confnotes('history', 'NOPE', '--library', lib);
    expect([unknown.code, unknown.err]).toEqual([
      1,
      'confnotes history: No talk or conference with id NOPE in the library.',
    ]);
    const notUrl = await confnotes('sync', '--remote', 'notes-repo', '--library', lib);
    expect([notUrl.code, notUrl.err]).toEqual([
      1,
      'confnotes sync: "notes-repo" is not a URL: give an https:// URL.',
    ]);
    // A token over plain http crosses the network in clear: only a server on this machine may.
    const clear = await confnotes(
      'sync',
      '--remote',
      'http://git.example.org/notes.git',
      '--library',
      lib,
    );
    expect([clear.code, clear.err]).toEqual([
      1,
      'confnotes sync: http:// would send your token in clear to git.example.org: give its https:// URL.',
    ]);
    expect(await ok('history', 'status', '--library', lib)).toContain('No remote');
  });
});
