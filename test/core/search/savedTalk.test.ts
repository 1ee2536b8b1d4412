import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { SearchService } from '../../../electron/core/search/searchService';
import { tempDir } from '../../helpers/tempLibrary';

/**
 * The app's own saves reach the index as written: the search service does
 * not read and parse the file the library just wrote. Changes made outside
 * come without the talk, and are read.
 */
it('indexes an app save without reading the talk again, an outside edit by reading it', async () => {
  const root = await tempDir();
  const library = await FileLibrary.open(root);
  const conference = await library.createConference({ title: 'Conf' });
  let talk = await library.createTalk(conference.id, { title: 'Typed' }, 'Opening words.\n');
  const search = new SearchService({ library, dataDir: await tempDir(), inThread: true });
  await search.whenIdle();
  const reads = vi.spyOn(library, 'readTalk');
  const found = async (word: string) =>
    (await search.query({ query: word })).hits.map((hit) => hit.talkId);

  talk = await library.updateTalk(
    talk.id,
    { body: 'Opening words, then quokka.\n' },
    talk.revision,
  );
  await search.whenIdle();
  expect(reads).not.toHaveBeenCalled();
  expect(await found('quokka')).toEqual([talk.id]);

  // A new title, saved by the app: the index has it, still without a read.
  talk = await library.updateTalk(talk.id, { meta: { title: 'Marsupials' } }, talk.revision);
  await search.whenIdle();
  expect(reads).not.toHaveBeenCalled();
  const [hit] = (await search.query({ query: 'marsupials' })).hits;
  expect([hit?.talkId, hit?.path]).toEqual([talk.id, talk.path]);

  await writeFile(
    join(root, talk.path),
    `---\nid: ${talk.id}\ntitle: Marsupials\n---\nEdited elsewhere: wombat.\n`,
  );
  await library.list();
  await search.whenIdle();
  expect(reads).toHaveBeenCalledWith(talk.id);
  expect(await found('wombat')).toEqual([talk.id]);
  expect(await found('quokka')).toEqual([]);
  await search.close();
  await library.close();
});
