import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrashEntry } from '../../shared/library';
import { expectSoundRepository, git } from '../core/history/historyFixture';
import { confnotes } from '../helpers/runCli';
import { tempDir } from '../helpers/tempLibrary';

beforeEach(async () => {
  process.env.CONFNOTES_DATA = await tempDir('confnotes-data-');
});
afterEach(() => {
  delete process.env.CONFNOTES_DATA;
});

async function ok(...args: string[]): Promise<string> {
  const run = await confnotes(...args);
  if (run.code !== 0) throw new Error(`confnotes ${args.join(' ')} failed: ${run.err}`);
  return run.out;
}

describe('confnotes delete and trash', () => {
  it('lists what was deleted, restores an item, and empties the trash only when told --yes', async () => {
    const lib = join(await tempDir(), 'library');
    const at = ['--library', lib];
    const { id: conference } = JSON.parse(
      await ok('new-conference', ...at, '--title', 'SREcon', '--json'),
    ) as { id: string };
    const toil = (
      await ok('new-talk', ...at, '--conference', conference, '--title', 'Toil')
    ).trim();
    const slo = (await ok('new-talk', ...at, '--conference', conference, '--title', 'SLOs')).trim();
    await ok('history', 'on', ...at);
    expect(await ok('trash', ...at)).toBe('The trash is empty.');

    expect(await ok('delete', toil, ...at)).toMatch(
      /^Moved talk “Toil” to the trash \(\w{26}\)\.$/,
    );
    const [entry] = JSON.parse(await ok('trash', '--json', ...at)) as TrashEntry[];
    expect(entry).toMatchObject({ kind: 'talk', title: 'Toil', originalPath: 'srecon/toil.md' });
    expect(await ok('trash', ...at)).toMatch(
      new RegExp(
        `^${entry.trashId}  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  talk +Toil  \\(was srecon/toil.md\\)$`,
      ),
    );
    const restored = JSON.parse(await ok('trash', 'restore', entry.trashId, '--json', ...at)) as {
      id: string;
    };
    expect(restored.id).toBe(toil);
    expect(JSON.parse(await ok('show', toil, '--json', ...at))).toMatchObject({
      path: 'srecon/toil.md',
      meta: { title: 'Toil' },
    });

    await ok('delete', toil, ...at);
    await ok('delete', slo, ...at);
    const refused = await confnotes('trash', 'empty', ...at);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('removes 2 items for good: run it again with --yes');
    expect(JSON.parse(await ok('trash', '--json', ...at))).toHaveLength(2);
    expect(await ok('trash', 'empty', '--yes', ...at)).toBe(
      'Emptied the trash: 2 items removed for good. History keeps their versions.',
    );
    expect(await ok('trash', ...at)).toBe('The trash is empty.');

    const unknown = await confnotes('trash', 'restore', entry.trashId, ...at);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain(`Nothing in the trash has the id ${entry.trashId}`);
    // The emptied talks are in history: the version before the emptying holds them.
    const removed = git(lib, 'log', '-1', '--format=%H').trim();
    expect(git(lib, 'log', '-1', '--format=%s')).toMatch(/^Trash emptied: (Toil|SLOs), \+1\n$/);
    const toilInTrash = git(lib, 'ls-tree', '-r', '--name-only', `${removed}^`, '.trash')
      .split('\n')
      .find((path) => path.endsWith('/toil.md'))!;
    expect(git(lib, 'show', `${removed}^:${toilInTrash}`)).toContain('title: Toil');
    expect(expectSoundRepository(lib).status).toBe('');
  });
});
