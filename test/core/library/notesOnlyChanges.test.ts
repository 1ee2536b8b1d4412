import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { LibraryChange } from '../../../shared/library';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { tempDir } from '../../helpers/tempLibrary';

/**
 * Autosaves tell listeners when only the notes' text changed, so the sidebar
 * skips listing the library again once a second while the user types; any
 * change the listing shows (title, time, a problem cleared) is not such a save.
 */
it('marks a save of the notes alone, and only that, as notesOnly', async () => {
  const root = await tempDir();
  const library = await FileLibrary.open(root);
  const conference = await library.createConference({ title: 'Conf' });
  let talk = await library.createTalk(conference.id, { title: 'Mine' });
  const changes: LibraryChange[] = [];
  library.onChange((change) => changes.push(change));

  talk = await library.updateTalk(talk.id, { body: 'typed\n' }, talk.revision);
  talk = await library.updateTalk(talk.id, { meta: { title: 'Renamed' } }, talk.revision);
  await library.updateTalk(talk.id, { meta: { track: 'Room 2' }, body: 'more\n' }, talk.revision);
  const intro = await library.readConference(conference.id);
  await library.updateConference(conference.id, { body: 'Intro.\n' }, intro.revision);

  expect(changes.map((c) => [c.entity, c.notesOnly ?? false])).toEqual([
    ['talk', true],
    ['talk', false],
    ['talk', false],
    ['conference', true],
  ]);
  await library.close();
});

it('does not mark a save that clears a problem the sidebar shows', async () => {
  const root = await tempDir();
  let library = await FileLibrary.open(root);
  const conference = await library.createConference({ title: 'Conf' });
  await library.close();
  // Front matter with a wrong type: the talk opens with a problem listed.
  await writeFile(
    join(root, 'conf', 'odd.md'),
    '---\nid: ODD\ntitle: Odd\nspeakers: 7\n---\nText\n',
  );
  library = await FileLibrary.open(root);
  const odd = await library.readTalk('ODD');
  expect(odd.problems).not.toEqual([]);
  const changes: LibraryChange[] = [];
  library.onChange((change) => changes.push(change));
  await library.updateTalk('ODD', { body: 'Text, saved\n' }, odd.revision);
  expect(changes).toEqual([expect.objectContaining({ id: 'ODD', kind: 'changed' })]);
  expect(changes[0].notesOnly).toBeUndefined();
  expect(conference.folder).toBe('conf');
  await library.close();
});
