import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreServices } from '../../../electron/core/services';
import { tempDir } from '../../helpers/tempLibrary';
import { expectSoundRepository, git, openLibrary } from '../history/historyFixture';

const open: CoreServices[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe('emptying the trash', () => {
  it('makes a version first, so every note it removes stays in history', async () => {
    const root = join(await tempDir(), 'library');
    const services = await openLibrary(root);
    open.push(services);
    const { library, history } = services;
    await history.setEnabled(true);
    const conference = await library.createConference({ title: 'SREcon' });
    const talk = await library.createTalk(conference.id, { title: 'Toil' }, 'Toil is work.\n');
    const gone = await library.createConference({ title: 'Gone' });
    await library.createTalk(gone.id, { title: 'Old' }, 'Old words.\n');
    await history.checkpointNow();
    // Deleted just now: the move to the trash is not yet in any version when the trash is emptied.
    const trashedTalk = await library.deleteTalk(talk.id);
    await library.deleteConference(gone.id);
    expect(await library.listTrash()).toHaveLength(2);

    expect(await library.emptyTrash()).toEqual({ removed: 2 });
    expect(await library.listTrash()).toEqual([]);
    expect(await readdir(join(root, '.trash'))).toEqual([]);
    await history.checkpointNow();

    const log = git(root, 'log', '--format=%s%n%b').trim();
    expect(log).toContain('Before emptying the trash');
    // Three notes: the talk, and the conference with its talk.
    expect(git(root, 'log', '-1', '--format=%s').trim()).toMatch(
      /^Trash emptied: (Toil|Gone|Old), \+2$/,
    );
    const inTrash = `.trash/${trashedTalk.trashId}/toil.md`;
    expect(git(root, 'show', `HEAD~1:${inTrash}`)).toContain('Toil is work.');
    expect(expectSoundRepository(root).status).toBe('');
  });

  it('removes nothing outside the library through a trash that is a link', async () => {
    const base = await tempDir();
    const outside = join(base, 'elsewhere');
    await mkdir(join(outside, 'precious'), { recursive: true });
    await writeFile(join(outside, 'precious', 'file.md'), 'keep me');
    const root = join(base, 'library');
    const services = await openLibrary(root);
    open.push(services);
    await rm(join(root, '.trash'), { recursive: true, force: true });
    await symlink(outside, join(root, '.trash'));
    await expect(services.library.emptyTrash()).rejects.toThrow(/not a folder inside the library/);
    expect(await readdir(join(outside, 'precious'))).toEqual(['file.md']);
  });
});
