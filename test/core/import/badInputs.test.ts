import { mkdir, open, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBench } from './importHelpers';

/** Every path under `root`, relative to it. */
async function tree(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true })).map(String).sort();
}

const YAML_BOMB = `---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
title: [*f,*f,*f,*f,*f,*f,*f,*f,*f]
---

Body.
`;

describe('bad inputs', () => {
  it('reports each bad file with its reason, imports the good one, and writes nothing for the bad', async () => {
    const { dir, library, importer } = await importBench();
    const sources = join(dir, 'sources');
    await mkdir(sources);
    await writeFile(join(sources, 'good.md'), '# Good talk — Ana Medina\n\nNotes.\n');
    const huge = await open(join(sources, 'huge.md'), 'w');
    await huge.truncate(50 * 1024 * 1024);
    await huge.close();
    await writeFile(
      join(sources, 'binary.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff]),
    );
    await writeFile(join(sources, 'latin1.txt'), Buffer.from('Caf\xe9 notes', 'latin1'));
    await writeFile(join(sources, 'bad-yaml.md'), '---\ntitle: [unclosed\n---\n\nBody.\n');
    await writeFile(join(sources, 'yaml-bomb.md'), YAML_BOMB);
    await writeFile(join(sources, 'empty.md'), '\n\n');
    await writeFile(join(sources, 'table.csv'), 'a,b\n');

    const report = await importer.run({ paths: [sources, join(dir, 'missing-folder')] });
    const reasons = Object.fromEntries(
      report.skipped.map((s) => [relative(dir, s.source), s.reason]),
    );
    expect(reasons).toEqual({
      'sources/bad-yaml.md': expect.stringMatching(/^invalid front matter: /) as string,
      'sources/binary.md': 'binary data, not a text file',
      'sources/empty.md': 'the file is empty',
      'sources/huge.md': 'the file is 50.0 MB; notes larger than 20.0 MB are not imported',
      'sources/latin1.txt': 'not UTF-8 text (binary data or another encoding)',
      'sources/table.csv': 'not a note (Markdown, AsciiDoc, org, text, HTML or a feed)',
      'sources/yaml-bomb.md': expect.stringMatching(/^invalid front matter: .*alias/i) as string,
      'missing-folder': 'no such file or folder',
    });
    const imported = (await library.list()).conferences;
    expect(imported.flatMap((c) => c.talks.map((t) => t.meta.title))).toEqual(['Good talk']);
    // "sources" names no conference: a generic folder is never a conference's title.
    expect(await tree(join(dir, 'library'))).toEqual([
      'imported-notes',
      'imported-notes/conference.md',
      'imported-notes/good-talk.md',
    ]);
  });

  it('keeps every name with ".." inside the library and never copies a file from outside the imported folder', async () => {
    const { dir, library, importer } = await importBench();
    const sources = join(dir, 'sources');
    await mkdir(join(sources, 'notes'), { recursive: true });
    await writeFile(join(dir, 'secret.png'), 'not for the library');
    await writeFile(join(sources, 'secret.png'), 'also outside the folder imported');
    await writeFile(
      join(sources, 'notes', 'sneaky..name...md'),
      '---\ntitle: ../../../../escape\nconference: ../../outside\n---\n\n![s](../../secret.png) ![t](../secret.png) ![u](/../../secret.png)\n',
    );
    await writeFile(
      join(sources, 'notes', 'feed.xml'),
      '<rss version="2.0"><channel><title>../../../feed-escape</title><item><title>../../x — Jane Doe</title><guid>../../../../etc/passwd</guid><description>Hi</description></item></channel></rss>',
    );

    const report = await importer.run({ paths: [join(sources, 'notes')] });
    expect(report.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(
        /^image \.\.\/\.\.\/secret\.png: outside the imported folder/,
      ) as string,
      expect.stringMatching(/^image \.\.\/secret\.png: outside the imported folder/) as string,
      expect.stringMatching(/^image \/\.\.\/\.\.\/secret\.png: /) as string,
    ]);
    // Nothing appeared beside the library; inside it, no asset was copied.
    expect((await readdir(dir)).sort()).toEqual(['library', 'secret.png', 'sources']);
    const files = await tree(join(dir, 'library'));
    expect(files.some((f) => f.includes('assets'))).toBe(false);
    const conferences = (await library.list()).conferences;
    expect(conferences.map((c) => c.meta.title).sort()).toEqual(
      ['../../outside', '../../../feed-escape'].sort(),
    );
    for (const conference of conferences) expect(conference.folder).not.toMatch(/\.\.|\//);
    expect(
      conferences.flatMap((c) => c.talks.map((t) => t.path)).every((p) => !p.includes('..')),
    ).toBe(true);
  });

  it('refuses an unknown --conference before writing anything', async () => {
    const { dir, importer } = await importBench();
    await writeFile(join(dir, 'note.md'), 'A note.\n');
    await expect(
      importer.run({ paths: [join(dir, 'note.md')], conference: 'nope' }),
    ).rejects.toThrow('No conference with id nope in the library.');
    expect(await readdir(join(dir, 'library'))).toEqual([]);
  });
});
