import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreServices } from '../../../electron/core/services';
import {
  bareRepository,
  startGitHttpServer,
  type GitHttpServer,
} from '../../helpers/gitHttpServer';
import { tempDir } from '../../helpers/tempLibrary';
import { expectSoundRepository, git, noteFiles, openLibrary } from './historyFixture';

const open: CoreServices[] = [];
let server: GitHttpServer | undefined;
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await server?.close();
  server = undefined;
});

async function library(root: string, token?: string): Promise<CoreServices> {
  const services = await openLibrary(root, { token });
  open.push(services);
  await services.history.setEnabled(true);
  return services;
}

describe('sync through a smart-HTTP remote', () => {
  it('carries a talk from A to B, keeps both texts of a talk changed on both sides, and converges', async () => {
    const base = await tempDir();
    bareRepository(base, 'notes');
    server = await startGitHttpServer(base);
    const remote = server.url('notes');
    const a = await library(join(base, 'a'));
    const b = await library(join(base, 'b'));

    const conference = await a.library.createConference({
      title: 'DevOpsDays Oslo',
      starts: '2024-09-12',
    });
    const talk = await a.library.createTalk(
      conference.id,
      { title: 'Gamification of Chaos Testing' },
      'Opening notes.\n',
    );
    const first = await a.history.sync(remote);
    expect(first).toMatchObject({ outcome: 'synced', pushed: true });

    expect((await b.history.sync(remote)).outcome).toBe('synced');
    const onB = await b.library.readTalk(talk.id);
    expect(onB.body).toBe('Opening notes.\n');
    expect((await a.history.sync()).outcome).toBe('synced');

    const onA = await a.library.readTalk(talk.id);
    await a.library.updateTalk(talk.id, { body: 'Opening notes.\nWritten on A.\n' }, onA.revision);
    const again = await b.library.readTalk(talk.id);
    await b.library.updateTalk(
      talk.id,
      { body: 'Opening notes.\nWritten on B.\n' },
      again.revision,
    );
    expect((await a.history.sync()).conflicts).toEqual([]);
    const merged = await b.history.sync();
    expect(merged.conflicts).toHaveLength(1);
    expect((await a.history.sync()).outcome).toBe('synced');

    const aFiles = await noteFiles(a.library.root);
    const bFiles = await noteFiles(b.library.root);
    expect(aFiles).toEqual(bFiles);
    const copies = aFiles.filter((f) => f.includes('(conflict '));
    expect(copies).toHaveLength(1);
    const texts = await Promise.all(
      aFiles.map(async (f) => [
        await readFile(join(a.library.root, f), 'utf8'),
        await readFile(join(b.library.root, f), 'utf8'),
      ]),
    );
    for (const [onA, onB] of texts) expect(onA).toBe(onB);
    const all = texts.map(([t]) => t).join('\n');
    expect(all).toContain('Written on A.');
    expect(all).toContain('Written on B.');
    for (const side of [a, b]) {
      expect(expectSoundRepository(side.library.root).status).toBe('');
    }
    expect(git(a.library.root, 'log', '--format=%s')).toContain(
      'Sync: kept both versions of Gamification of Chaos Testing',
    );
  });
});

describe('sync problems, each one clear message', () => {
  it('names a refused token, a remote that is not a Confnotes library, a missing remote and an unreachable one', async () => {
    const base = await tempDir();
    bareRepository(base, 'private');
    bareRepository(base, 'website');
    // A repository someone else filled: no .confnotes in its history.
    const other = join(base, 'other');
    git(base, 'init', '--quiet', '--initial-branch=main', other);
    git(other, 'commit', '--quiet', '--allow-empty', '-m', 'Initial commit', '--author', 'A <a@b>');
    git(other, 'push', '--quiet', join(base, 'website.git'), 'main');
    server = await startGitHttpServer(base, { token: 'right-token' });

    const wrong = await library(join(base, 'wrong'), 'wrong-token');
    const refused = await wrong.history.sync(server.url('private'));
    expect(refused).toMatchObject({ outcome: 'failed', problem: 'auth', pushed: false });
    expect(refused.message).toBe(
      `${server.url('private').replace('http://', '')} refused the token: check it (and that it may read and write this repository).`,
    );

    const none = await library(join(base, 'none'));
    expect(await none.history.sync(server.url('private'))).toMatchObject({
      outcome: 'failed',
      problem: 'auth',
      message: `${server.url('private').replace('http://', '')} asks for a token, and none is set. Give an access token for it in Preferences → History and sync.`,
    });

    const right = await library(join(base, 'right'), 'right-token');
    const notLibrary = await right.history.sync(server.url('website'));
    expect(notLibrary).toMatchObject({ outcome: 'failed', problem: 'not-a-library' });
    expect(notLibrary.message).toContain('is not a Confnotes library');
    expect((await right.history.sync(server.url('private'))).outcome).toBe('synced');

    const alone = await library(join(base, 'alone'));
    expect(await alone.history.sync()).toMatchObject({ outcome: 'failed', problem: 'no-remote' });
    const closed = await alone.history.sync('http://127.0.0.1:9/nowhere.git');
    expect(closed).toMatchObject({ outcome: 'offline', problem: 'offline' });
    expect((await alone.history.status()).sync.state).toBe('offline');
  });
});
