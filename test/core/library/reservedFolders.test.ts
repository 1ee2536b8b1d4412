import { describe, expect, it } from 'vitest';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { tempDir } from '../../helpers/tempLibrary';

describe('conference folders', () => {
  it('never takes the name assets, which the scan skips at the top of the library', async () => {
    const root = await tempDir();
    const library = await FileLibrary.open(root);
    try {
      const conference = await library.createConference({ title: 'Assets' });
      expect(conference.folder).toBe('assets-2');
      await library.close();
      const reopened = await FileLibrary.open(root);
      expect((await reopened.list()).conferences.map((c) => c.meta.title)).toEqual(['Assets']);
      await reopened.close();
    } finally {
      await library.close();
    }
  });
});
