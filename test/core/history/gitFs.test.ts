import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitFs, refsLast, removeGitTemporaries } from '../../../electron/core/history/gitFs';
import { tempDir } from '../../helpers/tempLibrary';

describe('the file system isomorphic-git writes through', () => {
  it('replaces files whole, leaving no temporary behind', async () => {
    const dir = await tempDir();
    const path = join(dir, 'index');
    await gitFs.promises.writeFile(path, 'old');
    await gitFs.promises.writeFile(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['index']);
  });

  it('holds a fetch’s remote-tracking refs until the fetch is done, so a kill leaves no ref to a missing pack', async () => {
    const gitdir = await tempDir();
    const ref = join(gitdir, 'refs', 'remotes', 'origin', 'main');
    const killed = refsLast(gitdir, async () => {
      await gitFs.promises.writeFile(ref, 'abc\n');
      expect(await gitFs.promises.readFile(ref, 'utf8')).toBe('abc\n');
      throw new Error('killed before the pack was written');
    });
    await expect(killed).rejects.toThrow('killed');
    expect(existsSync(ref)).toBe(false);
    await refsLast(gitdir, () => gitFs.promises.writeFile(ref, 'abc\n'));
    expect(await readFile(ref, 'utf8')).toBe('abc\n');
  });

  it('removes, at the next start, the leftovers of a killed write that are old enough', async () => {
    const gitdir = await tempDir();
    await mkdir(join(gitdir, 'objects', 'ab'), { recursive: true });
    await mkdir(join(gitdir, 'objects', 'pack'), { recursive: true });
    const old = new Date(Date.now() - 120_000);
    const leftovers = [
      join(gitdir, 'objects', 'ab', 'tmp_obj_0123456789ab'),
      join(gitdir, '.confnotes-tmp-0123456789ab-index'),
      join(gitdir, 'objects', 'pack', 'pack-1234.pack'),
    ];
    const kept = [
      join(gitdir, 'objects', 'ab', 'cdef0123456789abcdef0123456789abcdef01'),
      join(gitdir, 'objects', 'pack', 'pack-5678.pack'),
      join(gitdir, 'objects', 'pack', 'pack-5678.idx'),
    ];
    for (const path of [...leftovers, ...kept]) {
      await writeFile(path, 'x');
      await utimes(path, old, old);
    }
    const fresh = join(gitdir, 'objects', 'ab', 'tmp_obj_ffffffffffff');
    await writeFile(fresh, 'a write in progress');
    expect(await removeGitTemporaries(gitdir)).toBe(3);
    for (const path of leftovers) expect(existsSync(path)).toBe(false);
    for (const path of [...kept, fresh]) expect(existsSync(path)).toBe(true);
  });
});
