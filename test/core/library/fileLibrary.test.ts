import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../electron/core/errors';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { tempDir } from '../../helpers/tempLibrary';

const fixedClock = () => new Date('2021-10-28T12:00:00.000Z');

async function libraryWithTalk() {
  const root = await tempDir();
  const library = await FileLibrary.open(root, { clock: fixedClock });
  const conference = await library.createConference({
    title: 'All Day DevOps',
    starts: '2021-10-28',
  });
  const talk = await library.createTalk(
    conference.id,
    { title: 'Gamification of Chaos Testing', speakers: [{ name: 'Bram Vogelaar' }] },
    'First notes.\n',
  );
  return { root, library, conference, talk };
}

describe('FileLibrary', () => {
  it('lays out one folder per conference with conference.md and one file per talk', async () => {
    const { root, conference, talk } = await libraryWithTalk();
    expect(conference.folder).toBe('2021-all-day-devops');
    expect(talk.path).toBe('2021-all-day-devops/gamification-of-chaos-testing.md');
    const text = await readFile(join(root, talk.path), 'utf8');
    expect(text).toMatch(/^---\nid: [0-9A-Z]{26}\ntitle: Gamification of Chaos Testing\n/);
    expect(text).toContain('speakers:\n  - name: Bram Vogelaar\n');
    expect(text.endsWith('---\n\nFirst notes.\n')).toBe(true);
  });

  it('lists conferences newest first with talks in time order', async () => {
    const { library, conference } = await libraryWithTalk();
    await library.createConference({ title: 'DevOpsDays Ghent', starts: '2019-10-29' });
    await library.createTalk(conference.id, { title: 'Early', starts: '2021-10-28T08:00:00Z' });
    const tree = await library.list();
    expect(tree.conferences.map((c) => c.meta.title)).toEqual([
      'All Day DevOps',
      'DevOpsDays Ghent',
    ]);
    expect(tree.conferences[0].talks.map((t) => t.meta.title)).toEqual([
      'Early',
      'Gamification of Chaos Testing',
    ]);
  });

  it('saves an untouched note without changing a byte, and normalises nothing it does not own', async () => {
    const { root, library, talk } = await libraryWithTalk();
    const path = join(root, talk.path);
    const handWritten = `---\nid: ${talk.id}\ntitle: Gamification of Chaos Testing\nmood: "great"   # my own key\nspeakers: [{name: Bram Vogelaar}]\n---\n\n*  odd   bullet\n<div>raw</div>\n`;
    await writeFile(path, handWritten);
    const read = await library.readTalk(talk.id);
    const saved = await library.updateTalk(talk.id, { body: read.body }, read.revision);
    expect(await readFile(path, 'utf8')).toBe(handWritten);
    expect(saved.revision).toBe(read.revision);

    await library.updateTalk(talk.id, { body: `${read.body}More.\n` }, read.revision);
    const text = await readFile(path, 'utf8');
    expect(text).toContain('mood: "great"   # my own key\nspeakers: [{name: Bram Vogelaar}]\n');
    expect(text).toContain('*  odd   bullet\n<div>raw</div>\nMore.\n');
  });

  it('keeps unknown front-matter keys when the app changes known ones', async () => {
    const { root, library, talk } = await libraryWithTalk();
    const path = join(root, talk.path);
    await writeFile(path, `---\nid: ${talk.id}\ntitle: Old\nrating: 5 # stars\n---\n\nBody\n`);
    const read = await library.readTalk(talk.id);
    const updated = await library.updateTalk(talk.id, { meta: { track: 'Cloud' } }, read.revision);
    const text = await readFile(join(root, updated.path), 'utf8');
    expect(text).toContain('rating: 5 # stars\n');
    expect(updated.meta.track).toBe('Cloud');
    expect(updated.body).toBe('Body\n');
  });

  it('writes a conflict copy instead of clobbering a file changed outside the app', async () => {
    const { root, library, talk } = await libraryWithTalk();
    const path = join(root, talk.path);
    const theirs = (await readFile(path, 'utf8')).replace('First notes.', 'Edited in Obsidian.');
    await writeFile(path, theirs);
    const attempt = library.updateTalk(talk.id, { body: 'Mine.\n' }, talk.revision);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const error = (await attempt.catch((e: unknown) => e)) as ConflictError;
    expect(await readFile(path, 'utf8')).toBe(theirs);
    expect(error.conflictPath).toMatch(/ \(conflict 2021-10-28 120000\)\.md$/);
    expect(await readFile(join(root, error.conflictPath), 'utf8')).toContain('Mine.\n');
    const tree = await library.list();
    expect(tree.conferences[0].talks).toHaveLength(1);
    expect(tree.conferences[0].talks[0].problems.join()).toContain('conflict copy');
  });

  it('keeps every conflict copy when two arrive in the same second', async () => {
    const { root, library, talk } = await libraryWithTalk();
    await writeFile(join(root, talk.path), 'changed outside\n');
    const first = (await library
      .updateTalk(talk.id, { body: 'one\n' }, talk.revision)
      .catch((e: unknown) => e)) as ConflictError;
    const second = (await library
      .updateTalk(talk.id, { body: 'two\n' }, talk.revision)
      .catch((e: unknown) => e)) as ConflictError;
    expect(second.conflictPath).toBe(first.conflictPath.replace(/\.md$/, '-2.md'));
    expect(await readFile(join(root, first.conflictPath), 'utf8')).toContain('one\n');
    expect(await readFile(join(root, second.conflictPath), 'utf8')).toContain('two\n');
  });

  it('renames the file with the title and keeps the id', async () => {
    const { root, library, talk } = await libraryWithTalk();
    const renamed = await library.updateTalk(
      talk.id,
      { meta: { title: 'Chaos Games' } },
      talk.revision,
    );
    expect(renamed.id).toBe(talk.id);
    expect(renamed.path).toBe('2021-all-day-devops/chaos-games.md');
    expect(await readdir(join(root, '2021-all-day-devops'))).not.toContain(
      'gamification-of-chaos-testing.md',
    );
  });

  it('moves a talk to another conference with its images', async () => {
    const { root, library, talk } = await libraryWithTalk();
    const other = await library.createConference({ title: 'DevOpsDays', starts: '2022-06-01' });
    const { src } = await library.saveAsset(talk.id, 'slide.PNG', new Uint8Array([1, 2, 3]));
    expect(src).toBe('assets/gamification-of-chaos-testing-01.png');
    const read = await library.readTalk(talk.id);
    await library.updateTalk(talk.id, { body: `![A slide](${src})\n` }, read.revision);
    const moved = await library.moveTalk(talk.id, other.id);
    expect(moved.path).toBe('2022-devopsdays/gamification-of-chaos-testing.md');
    expect(await readFile(join(root, '2022-devopsdays', src))).toEqual(Buffer.from([1, 2, 3]));
    expect(await library.resolveAsset(talk.id, src)).toContain('2022-devopsdays');
  });

  it('deletes into .trash and restores', async () => {
    const { root, library, talk } = await libraryWithTalk();
    const entry = await library.deleteTalk(talk.id);
    expect((await library.list()).conferences[0].talks).toHaveLength(0);
    expect((await library.listTrash()).map((e) => e.title)).toEqual([
      'Gamification of Chaos Testing',
    ]);
    const { id } = await library.restore(entry.trashId);
    expect(id).toBe(talk.id);
    expect((await library.readTalk(talk.id)).body).toBe('First notes.\n');
    expect(await readdir(join(root, '.trash'))).toEqual([]);
  });

  it('restores a deleted conference with its talks', async () => {
    const { library, conference, talk } = await libraryWithTalk();
    const entry = await library.deleteConference(conference.id);
    expect((await library.list()).conferences).toHaveLength(0);
    await library.restore(entry.trashId);
    expect((await library.readTalk(talk.id)).meta.title).toBe('Gamification of Chaos Testing');
  });

  it('turns hostile titles into safe file names inside the library', async () => {
    const { root, library, conference } = await libraryWithTalk();
    const titles = ['../../x', '..\\..\\x', 'CON', 'a\0b', 'x'.repeat(300), '-rf', '///'];
    for (const title of titles) {
      const talk = await library.createTalk(conference.id, { title });
      expect(talk.path.startsWith('2021-all-day-devops/')).toBe(true);
      expect(talk.path.split('/')).toHaveLength(2);
      expect(talk.path).not.toMatch(/\.\.|\\|\0|\/-|\/con\.md$/i);
      expect(talk.path.length).toBeLessThan(120);
      expect((await library.readTalk(talk.id)).meta.title).toBe(title);
    }
    expect((await readdir(join(root, '2021-all-day-devops'))).length).toBe(titles.length + 2);
  });

  it('refuses image paths that leave the library', async () => {
    const { library, talk } = await libraryWithTalk();
    for (const src of ['../../etc/passwd', '/etc/passwd', 'file:///etc/passwd', '..%2F..%2Fx']) {
      await expect(library.resolveAsset(talk.id, src)).rejects.toMatchObject({
        code: expect.stringMatching(/outside-library|not-found/),
      });
    }
  });
});
