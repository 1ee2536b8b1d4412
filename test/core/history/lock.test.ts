import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HistoryOps } from '../../../electron/core/history/historyOps';
import { LOCK_FILE } from '../../../electron/core/history/repoLock';
import { tempDir } from '../../helpers/tempLibrary';
import { bundleChild } from './crash/bundleChild';
import { noteText } from './crash/crashNotes';
import { expectSoundRepository, git } from './historyFixture';

const run = promisify(execFile);
const ROUNDS = 12;

async function libraryOf(names: string[]): Promise<string> {
  const root = join(await tempDir(), 'library');
  await mkdir(join(root, 'conf'), { recursive: true });
  for (const name of names) await writeFile(join(root, 'conf', name), noteText(name, 'first'));
  await new HistoryOps(root).enable();
  return root;
}

describe('committers sharing one library', () => {
  it('commit one at a time, two processes at once: no commit lost, a repository git accepts', async () => {
    const child = await bundleChild();
    const mine = ['a-1.md', 'a-2.md'];
    const theirs = ['b-1.md', 'b-2.md'];
    const root = await libraryOf([...mine, ...theirs]);
    await Promise.all(
      [mine, theirs].map((names) =>
        run(process.execPath, [child, 'rounds', root, String(ROUNDS), ...names]),
      ),
    );
    // Every checkpoint of both is on the branch, one after the other: none moved HEAD over another.
    expect(Number(git(root, 'rev-list', '--count', 'HEAD'))).toBe(1 + 2 * ROUNDS);
    expect(git(root, 'rev-list', '--min-parents=2', 'HEAD')).toBe('');
    expect(git(root, 'show', `HEAD:conf/a-1.md`)).toBe(noteText('a-1.md', `round ${ROUNDS}`));
    expect(git(root, 'show', `HEAD:conf/b-2.md`)).toBe(noteText('b-2.md', `round ${ROUNDS}`));
    expect(expectSoundRepository(root).status).toBe('');
  });

  it('is git’s own index.lock: git waits for Confnotes, Confnotes waits for git, and a dead holder’s lock is taken over', async () => {
    const root = await libraryOf(['a.md']);
    const ops = new HistoryOps(root, undefined, { waitMs: 300 });
    const lockPath = join(root, '.git', LOCK_FILE);

    // While Confnotes commits, git refuses to.
    await ops.lock.acquire();
    await writeFile(join(root, 'conf', 'a.md'), noteText('a.md', 'by git'));
    expect(() =>
      git(root, '-c', 'user.name=U', '-c', 'user.email=u@example.org', 'commit', '-qam', 'by git'),
    ).toThrow(/index\.lock/);
    await ops.lock.release();

    // While git holds it, Confnotes waits, then says who holds what.
    await writeFile(lockPath, 'DIRC (a partial index git is writing)');
    await writeFile(join(root, 'conf', 'a.md'), noteText('a.md', 'second'));
    await expect(ops.checkpoint(['conf/a.md'])).rejects.toThrow(
      /another git program holds its lock .*index\.lock/,
    );
    const waiting = ops.checkpoint(['conf/a.md']);
    setTimeout(() => void run('rm', [lockPath]), 100);
    expect((await waiting)?.files).toBe(1);

    // A Confnotes killed while committing left its lock: the next one takes it over.
    await writeFile(lockPath, 'confnotes-lock 2147483646 ' + hostname() + ' 0\n');
    await writeFile(join(root, 'conf', 'a.md'), noteText('a.md', 'third'));
    expect((await ops.checkpoint(['conf/a.md']))?.files).toBe(1);
    expect(expectSoundRepository(root).status).toBe('');
  });
});
