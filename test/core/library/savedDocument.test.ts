import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { LibraryChange, TalkDocument } from '../../../shared/library';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { tempDir } from '../../helpers/tempLibrary';

/**
 * A save answers with the talk as written, and hands the same to change
 * listeners, so that neither the editor nor the search index reads and
 * parses the file again at every autosave. It must be what a read gives.
 */
it('a save answers and tells listeners the talk as a read of the file gives it', async () => {
  const root = await tempDir();
  const library = await FileLibrary.open(root, { clock: () => new Date('2024-05-01T10:00:00Z') });
  const conference = await library.createConference({ title: 'Conf' });
  let talk = await library.createTalk(conference.id, {
    title: 'Mine',
    speakers: [{ name: 'Ada Lovelace' }],
  });
  const heard: Array<[LibraryChange, TalkDocument | undefined]> = [];
  library.onChange((change, saved) => heard.push([change, saved]));

  // A conflict copy beside the file: the read names it among the problems, so must the save.
  await writeFile(join(root, conference.folder, 'mine (conflict 2024-04-01 1000).md'), 'x\n');
  await library.list();
  talk = await library.updateTalk(talk.id, { body: 'Typed *notes*.\n' }, talk.revision);
  expect(talk).toEqual(await library.readTalk(talk.id));
  expect(talk.body).toBe('Typed *notes*.\n');
  expect(talk.meta.updated).toBe('2024-05-01T10:00:00.000Z');
  expect(talk.problems.some((p) => p.startsWith('conflict copy'))).toBe(true);

  // A new title renames the file: the path given is the new one.
  talk = await library.updateTalk(talk.id, { meta: { title: 'Renamed' } }, talk.revision);
  expect(talk).toEqual(await library.readTalk(talk.id));
  expect(talk.path).toMatch(/renamed\.md$/);

  const saves = heard.filter(([change]) => change.entity === 'talk' && change.id === talk.id);
  expect(saves.map(([, saved]) => saved?.body)).toEqual(['Typed *notes*.\n', 'Typed *notes*.\n']);
  expect(saves[1][1]).toEqual(talk);
  expect(saves.every(([change, saved]) => saved?.path === change.path)).toBe(true);

  // An unchanged save writes nothing and tells no one.
  const before = heard.length;
  await library.updateTalk(talk.id, { body: talk.body }, talk.revision);
  expect(heard.length).toBe(before);
  await library.close();
});

it('changes from outside come without a document: listeners read the file', async () => {
  const root = await tempDir();
  const library = await FileLibrary.open(root);
  const conference = await library.createConference({ title: 'Conf' });
  const talk = await library.createTalk(conference.id, { title: 'Mine' });
  const heard: Array<TalkDocument | undefined> = [];
  library.onChange((change, saved) => {
    if (change.id === talk.id) heard.push(saved);
  });
  await writeFile(join(root, talk.path), `---\nid: ${talk.id}\ntitle: Mine\n---\nEdited.\n`);
  await library.list();
  expect(heard).toEqual([undefined]);
  await library.close();
});
