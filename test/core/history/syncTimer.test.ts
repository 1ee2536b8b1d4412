import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryStatus } from '../../../shared/history';
import { memoryCredentials } from '../../../electron/core/history/credentials';
import { createCoreServices, type CoreServices } from '../../../electron/core/services';
import {
  bareRepository,
  startGitHttpServer,
  type GitHttpServer,
} from '../../helpers/gitHttpServer';
import { tempDir } from '../../helpers/tempLibrary';
import { git } from './historyFixture';

const open: CoreServices[] = [];
let server: GitHttpServer | undefined;
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await server?.close();
  server = undefined;
});

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A library whose sync runs on its own every `everyMs`, as the app's does every ten minutes. */
async function timedLibrary(root: string, everyMs: number): Promise<CoreServices> {
  const services = await createCoreServices({
    libraryRoot: root,
    dataDir: `${root}-data`,
    credentials: memoryCredentials({}),
    history: { timings: { quietMs: 30, maxWaitMs: 500 }, syncEveryMs: everyMs },
  });
  open.push(services);
  await services.history.setEnabled(true);
  return services;
}

describe('sync on a timer', () => {
  it('sends new versions with no one asking, and offline is a quiet state, not an error', async () => {
    const base = await tempDir();
    const bare = bareRepository(base, 'notes');
    server = await startGitHttpServer(base);
    const a = await timedLibrary(join(base, 'a'), 150);
    await a.history.setRemote(server.url('notes'));
    const conference = await a.library.createConference({ title: 'SREcon' });
    await a.library.createTalk(conference.id, { title: 'Toil budgets' }, 'Notes.\n');
    const pushed = () => {
      try {
        return git(bare, 'log', '--format=%s', 'main').includes('Toil budgets');
      } catch {
        return false; // nothing pushed yet: the remote has no main
      }
    };
    await until(pushed, 'the timer to push the new talk');
    // The push lands before its sync reports done (and the next tick may have begun): wait for the report.
    await until(async () => (await a.history.status()).sync.state === 'synced', 'synced');

    await server.close();
    server = undefined;
    // Read the state when it says offline: the timer's next sync may be on its way already.
    let offline: HistoryStatus | undefined;
    await until(async () => {
      const status = await a.history.status();
      if (status.sync.state === 'offline') offline = status;
      return offline !== undefined;
    }, 'offline');
    expect(offline?.sync.message).toMatch(/cannot be reached/);
  });
});
