import { writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryChange } from '../../../shared/library';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { tempDir } from '../../helpers/tempLibrary';

function waitFor(changes: LibraryChange[], predicate: (c: LibraryChange) => boolean, ms = 5000) {
  return new Promise<LibraryChange>((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const found = changes.find(predicate);
      if (found) {
        clearInterval(poll);
        resolve(found);
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`no matching change in ${ms} ms; saw ${JSON.stringify(changes)}`));
      }
    }, 20);
  });
}

describe('the watcher', () => {
  it('reports files added, changed and removed outside the app, and not the app’s own writes', async () => {
    const root = await tempDir();
    const library = await FileLibrary.open(root);
    const conference = await library.createConference({ title: 'Conf' });
    const talk = await library.createTalk(conference.id, { title: 'Mine' });
    await library.watch();
    const changes: LibraryChange[] = [];
    library.onChange((change) => changes.push(change));

    await library.updateTalk(talk.id, { body: 'typed in the app\n' }, talk.revision);
    await new Promise((r) => setTimeout(r, 600));
    expect(changes.filter((c) => c.external)).toEqual([]);
    expect(changes).toEqual([
      expect.objectContaining({ id: talk.id, kind: 'changed', external: false }),
    ]);

    await writeFile(join(root, 'conf/outside.md'), '---\nid: OUT\ntitle: From Syncthing\n---\n');
    await waitFor(changes, (c) => c.id === 'OUT' && c.kind === 'added' && c.external);

    await writeFile(
      join(root, 'conf/mine.md'),
      `---\nid: ${talk.id}\ntitle: Mine\n---\n\nedited elsewhere\n`,
    );
    await waitFor(changes, (c) => c.id === talk.id && c.kind === 'changed' && c.external);
    expect((await library.readTalk(talk.id)).body).toBe('edited elsewhere\n');

    await rm(join(root, 'conf/outside.md'));
    await waitFor(changes, (c) => c.id === 'OUT' && c.kind === 'removed' && c.external);
    await library.close();
  });
});

describe('opening the library after a crash', () => {
  it('removes stale temporary files and keeps fresh ones', async () => {
    const { utimes, readdir, mkdir } = await import('node:fs/promises');
    const root = await tempDir();
    await mkdir(join(root, 'conf'));
    const stale = join(root, 'conf/.talk.md.0123456789ab.tmp');
    const fresh = join(root, 'conf/.talk.md.ba9876543210.tmp');
    await writeFile(stale, 'half a save');
    await writeFile(fresh, 'a save under way');
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(stale, old, old);
    await FileLibrary.open(root);
    expect(await readdir(join(root, 'conf'))).toEqual(['.talk.md.ba9876543210.tmp']);
  });
});
