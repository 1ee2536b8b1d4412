import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DIGEST_FILE } from '../../../electron/core/history/commitDigests';
import { HistoryOps } from '../../../electron/core/history/historyOps';
import { tempDir } from '../../helpers/tempLibrary';
import { expectSoundRepository, git } from './historyFixture';

const note = (id: string, body: string) => `---\nid: ${id}\ntitle: ${id}\n---\n\n${body}\n`;

/** A library whose talk `t1` has versions made by Confnotes and by the real git, a rename and a merge. */
async function libraryWithHistory(): Promise<string> {
  const root = join(await tempDir(), 'library');
  await mkdir(join(root, 'conf'), { recursive: true });
  await writeFile(join(root, 'conf', 'a.md'), note('t1', 'one two'));
  await writeFile(join(root, 'conf', 'b.md'), note('t2', 'other'));
  const ops = new HistoryOps(root);
  await ops.enable();
  for (let i = 0; i < 4; i++) {
    await writeFile(join(root, 'conf', 'a.md'), note('t1', `one two ${'three '.repeat(i + 1)}`));
    await ops.checkpoint(['conf/a.md']);
    await writeFile(join(root, 'conf', 'b.md'), note('t2', `other ${i}`));
    await ops.checkpoint(['conf/b.md']);
  }
  await rename(join(root, 'conf', 'a.md'), join(root, 'conf', 'renamed.md'));
  await ops.checkpoint(['conf/a.md', 'conf/renamed.md']);
  // The user's own commits with git: a branch that edits the talk, merged beside an edit of another.
  const author = ['-c', 'user.name=U', '-c', 'user.email=u@example.org'];
  git(root, 'checkout', '--quiet', '-b', 'side');
  await writeFile(join(root, 'conf', 'renamed.md'), note('t1', 'one two four'));
  git(root, ...author, 'commit', '--quiet', '-am', 'Edited on a branch');
  git(root, 'checkout', '--quiet', 'main');
  await writeFile(join(root, 'conf', 'b.md'), note('t2', 'other at last'));
  git(root, ...author, 'commit', '--quiet', '-am', 'Edited b');
  git(root, ...author, 'merge', '--quiet', '--no-ff', '-m', 'Merged side', 'side');
  return root;
}

describe('history from commit digests', () => {
  it('lists the same versions as reading the trees, reads no tree but the newest, and survives a damaged digest file', async () => {
    const root = await libraryWithHistory();
    // As the app does after start-up: the commits made with git get their digests too.
    expect(await new HistoryOps(root).digest()).toBe(3);

    const fresh = new HistoryOps(root);
    const readTree = vi.spyOn(fresh.repo, 'readTree');
    const readBlob = vi.spyOn(fresh.repo, 'readBlob');
    const fromDigests = await fresh.versions('conf/renamed.md', 't1');
    expect(fromDigests.map((v) => [v.message, v.added, v.removed, v.path])).toEqual([
      ['Edited on a branch', 1, 4, 'conf/renamed.md'],
      ['Notes: t1', 0, 0, 'conf/renamed.md'],
      ['Notes: t1', 1, 0, 'conf/a.md'],
      ['Notes: t1', 1, 0, 'conf/a.md'],
      ['Notes: t1', 1, 0, 'conf/a.md'],
      ['Notes: t1', 1, 0, 'conf/a.md'],
      ['Confnotes history begins: 2 notes', 2, 0, 'conf/a.md'],
    ]);
    // The newest tree down to the note (root, conf/). Texts: the moved note's old one (its id),
    // and the words of the two versions no checkpoint counted (the first version, the move).
    expect(readTree.mock.calls.length).toBeLessThanOrEqual(2);
    expect(readBlob.mock.calls.length).toBeLessThanOrEqual(3);

    // With no digests, the walk reads the trees, and agrees.
    const file = join(root, '.git', DIGEST_FILE);
    await rm(file);
    expect(await new HistoryOps(root).versions('conf/renamed.md', 't1')).toEqual(fromDigests);

    // A damaged line (a disk error, a torn write) is skipped and its record computed again.
    const lines = (await readFile(file, 'utf8')).split('\n');
    const at = lines.findIndex((line) => line.includes('"Notes: t1"'));
    lines[at] = lines[at].replace('"p":["', '"p":["0');
    await writeFile(file, `${lines.join('\n')}half a line`);
    expect(await new HistoryOps(root).versions('conf/renamed.md', 't1')).toEqual(fromDigests);
    expect(expectSoundRepository(root).status).toBe('');
  });
});
