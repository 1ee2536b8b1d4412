import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { isWebUrl } from '../../../shared/webUrl';
import { tempDir } from '../../helpers/tempLibrary';

/**
 * Link fields edited outside the app (electron/core/library/noteFile.ts):
 * only web addresses are read; anything else is ignored, named as a
 * problem, and left in the file as written.
 */
describe('link fields read from a file', () => {
  it('ignores links that are not web addresses, names them, and keeps the file as it is', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'con'));
    const conference = `---\nid: C1\ntitle: Con\nurl: "javascript:alert(1)"\n---\n`;
    const talk =
      '---\nid: T1\ntitle: Talk\nlinks:\n  video: "javascript:alert(document.cookie)"\n' +
      '  slides: https://slides.example/deck.pdf\n  page: "file:///etc/passwd"\n---\n\nNotes.\n';
    await writeFile(join(root, 'con', 'conference.md'), conference);
    await writeFile(join(root, 'con', 'talk.md'), talk);
    const library = await FileLibrary.open(root);
    try {
      const doc = await library.readTalk('T1');
      expect(doc.meta.links).toEqual({ slides: 'https://slides.example/deck.pdf' });
      expect(doc.problems.join('\n')).toMatch(/links\.video.*not a web address/);
      expect(doc.problems.join('\n')).toMatch(/links\.page.*not a web address/);
      const con = await library.readConference('C1');
      expect(con.meta.url).toBeUndefined();
      expect(con.problems.join('\n')).toMatch(/"url".*not a web address/);
      expect(await readFile(join(root, 'con', 'talk.md'), 'utf8')).toBe(talk);
    } finally {
      await library.close();
    }
  });
});

describe('isWebUrl', () => {
  it.each([
    ['https://example.com/talk', true],
    ['HTTP://EXAMPLE.COM', true],
    ['https://slides.example/cams deck.pdf', true],
    ['javascript:alert(1)', false],
    [' https://example.com', false],
    ['java\tscript:alert(1)', false],
    ['https://user:pw@example.com/', false],
    ['https://', false],
    ['data:text/html,x', false],
    ['file:///etc/passwd', false],
    ['//example.com/x', false],
    ['example.com', false],
    ['mailto:me@example.com', false],
  ])('%j → %s', (url, web) => {
    expect(isWebUrl(url)).toBe(web);
  });
});
