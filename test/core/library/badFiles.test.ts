import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { tempDir } from '../../helpers/tempLibrary';

const ID = '01HZZZZZZZZZZZZZZZZZZZZZZZ';

/** One conference folder holding one bad file; the library must still load and say what is wrong. */
async function loadWith(fileName: string, content: string | Buffer) {
  const root = await tempDir();
  await mkdir(join(root, '2021-conf'));
  await writeFile(join(root, '2021-conf/conference.md'), `---\nid: C1\ntitle: Conf\n---\n`);
  await writeFile(
    join(root, '2021-conf/good.md'),
    `---\nid: GOOD\ntitle: Good talk\n---\n\nFine.\n`,
  );
  await writeFile(join(root, '2021-conf', fileName), content);
  const library = await FileLibrary.open(root);
  const tree = await library.list();
  const talks = tree.conferences[0].talks;
  const bad = talks.find((t) => t.path === `2021-conf/${fileName}`)!;
  return { root, library, tree, talks, bad };
}

describe('bad files never stop the library from loading', () => {
  it('invalid YAML: named, text readable, file untouched', async () => {
    const text = `---\nid: ${ID}\ntitle: [unclosed\n---\n\nMy notes survive.\n`;
    const { root, library, tree, talks, bad } = await loadWith('broken.md', text);
    expect(talks).toHaveLength(2);
    expect(tree.problems).toContainEqual({
      path: '2021-conf/broken.md',
      message: expect.stringMatching(/invalid YAML/),
    });
    expect((await library.readTalk(bad.id)).body).toBe('My notes survive.\n');
    expect(await readFile(join(root, '2021-conf/broken.md'), 'utf8')).toBe(text);
  });

  it('invalid YAML is kept, commented out, when the user edits the talk', async () => {
    const text = `---\ntitle: [unclosed\n---\n\nBody\n`;
    const { root, library, bad } = await loadWith('broken.md', text);
    const doc = await library.readTalk(bad.id);
    await library.updateTalk(bad.id, { meta: { track: 'Main' } }, doc.revision);
    const saved = await readFile(join(root, '2021-conf/broken.md'), 'utf8');
    expect(saved).toContain('# title: [unclosed');
    expect(saved).toContain('track: Main');
  });

  it('invalid UTF-8 and NUL bytes are reported, the text still opens', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`---\nid: ${ID}\ntitle: Bytes\n---\n\nbefore `),
      Buffer.from([0xff, 0xfe, 0x00]),
      Buffer.from(' after\n'),
    ]);
    const { root, library, bad } = await loadWith('bytes.md', bytes);
    expect(bad.problems.join()).toMatch(/UTF-8/);
    expect(bad.problems.join()).toMatch(/NUL/);
    expect((await library.readTalk(bad.id)).body).toContain('after');
    expect(await readFile(join(root, '2021-conf/bytes.md'))).toEqual(bytes);
  });

  it('a 20 MB note loads', async () => {
    const body = 'word '.repeat(4 * 1024 * 1024);
    const { library, bad } = await loadWith(
      'huge.md',
      `---\nid: ${ID}\ntitle: Huge\n---\n\n${body}`,
    );
    expect(bad.meta.title).toBe('Huge');
    expect((await library.readTalk(bad.id)).body.length).toBe(body.length);
  });

  it('two files with one id: both shown, the second under another id, the clash named', async () => {
    const { tree, talks } = await loadWith('copy.md', `---\nid: GOOD\ntitle: Copy of good\n---\n`);
    expect(new Set(talks.map((t) => t.id)).size).toBe(2);
    // The first file in name order keeps the id; the other is named with the clash.
    expect(tree.problems).toContainEqual({
      path: '2021-conf/good.md',
      message: expect.stringMatching(/id GOOD is also used by 2021-conf\/copy.md/),
    });
  });

  it('front matter of the wrong types: each bad field named, the rest kept', async () => {
    const text = `---\nid: ${ID}\ntitle: Typed\nspeakers: yes\nkind: party\ntags: 3\ntrack: Cloud\n---\n`;
    const { bad } = await loadWith('types.md', text);
    expect(bad.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"speakers"/),
        expect.stringMatching(/"kind"/),
        expect.stringMatching(/"tags"/),
      ]),
    );
    expect(bad.meta).toMatchObject({
      title: 'Typed',
      track: 'Cloud',
      kind: 'talk',
      speakers: [],
      tags: [],
    });
  });

  it('YAML aliases beyond a small count are refused (billion laughs)', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const { bad } = await loadWith('bomb.md', `---\ntitle: Bomb\n${lines.join('\n')}\n---\n`);
    expect(bad.problems.join()).toMatch(/refused|alias/i);
  });

  it('---js front matter is not executed: it is plain body text', async () => {
    const text = `---js\n{ title: require('child_process').execSync('touch /tmp/pwned') }\n---\n`;
    const { library, bad } = await loadWith('js.md', text);
    expect((await library.readTalk(bad.id)).body).toBe(text);
    expect(bad.problems).toContain('front matter has no id');
  });

  it('custom YAML tags are not resolved', async () => {
    const { bad } = await loadWith('tag.md', `---\ntitle: !!js/function "function(){}"\n---\n`);
    expect(bad.meta.title).toBe('function(){}');
    expect(bad.problems.join()).toMatch(/tag/i);
  });
});

describe('sync tools’ conflict copies', () => {
  it.each([
    ['Syncthing', 'good.sync-conflict-20211028-101500-ABCDEF1.md'],
    ['Dropbox', "good (Mary's conflicted copy 2021-10-28).md"],
    ['Confnotes', 'good (conflict 2021-10-28 101500).md'],
  ])('%s: shown beside the note, never a second talk', async (_tool, name) => {
    const { talks } = await loadWith(
      name,
      `---\nid: GOOD\ntitle: Good talk\n---\n\nTheir version.\n`,
    );
    expect(talks.map((t) => t.path)).toEqual(['2021-conf/good.md']);
    expect(talks[0].problems).toContain(`conflict copy: 2021-conf/${name}`);
  });
});
