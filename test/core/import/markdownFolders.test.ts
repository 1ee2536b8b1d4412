import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, importBench } from './importHelpers';

describe('importing Markdown folders', () => {
  it('puts an Obsidian vault folder of one-talk notes into one conference, front matter and all', async () => {
    const { library, importer, copy } = await importBench();
    const vault = await copy('vault');
    const report = await importer.run({ paths: [vault] });

    expect(report.conferences.map((c) => c.title)).toEqual(['KubeCon EU 2023']);
    const tree = await library.list();
    expect(tree.conferences).toHaveLength(1);
    const talks = tree.conferences[0].talks.map((t) => t.meta);
    const cilium = talks.find((t) => t.title === 'Cilium deep dive')!;
    expect(cilium).toMatchObject({
      speakers: [{ name: 'Thomas Graf', affiliation: 'Isovalent' }],
      kind: 'workshop',
      tags: ['ebpf', 'networking'],
      starts: '2023-04-19',
      links: { slides: 'https://slides.example/cilium.pdf' },
      source: join(vault, 'KubeCon EU 2023/cilium-deep-dive.md'),
    });
    // The file name is the title when the note has none, and it names the speaker.
    expect(talks.find((t) => t.title === 'Platform engineering')?.speakers).toEqual([
      { name: 'Jane Doe' },
    ]);
    expect(talks.find((t) => t.title === 'Hallway track')?.speakers).toEqual([]);
  });

  it('keeps the note’s own Markdown, copies local images into assets/ and leaves remote ones as links', async () => {
    const { dir, library, importer, copy } = await importBench();
    const vault = await copy('vault');
    const report = await importer.run({ paths: [vault] });
    const tree = await library.list();
    const conference = tree.conferences[0];
    const cilium = await library.readTalk(
      conference.talks.find((t) => t.meta.title === 'Cilium deep dive')!.id,
    );

    const [copied] = await readdir(join(dir, 'library', conference.folder, 'assets'));
    expect(cilium.body).toContain(`![The datapath](assets/${copied})`);
    const original = await readFile(
      join(FIXTURES, 'vault/KubeCon EU 2023/attachments/cilium diagram.png'),
    );
    expect(await readFile(join(dir, 'library', conference.folder, 'assets', copied))).toEqual(
      original,
    );
    expect(cilium.body).toContain('![Remote logo](https://cilium.io/logo.png)');
    // A path out of the imported folder is reported, not followed.
    expect(cilium.body).toContain('![Stolen](../../../../../../etc/hostname.png)');
    expect(report.skipped).toEqual([
      expect.objectContaining({
        reason: expect.stringContaining('image ../../../../../../etc/hostname.png') as string,
      }),
    ]);
    const platform = await library.readTalk(
      conference.talks.find((t) => t.meta.title === 'Platform engineering')!.id,
    );
    expect(platform.body).toContain('![[not-a-markdown-image.png]]');
    expect(platform.body).toContain(
      '- Golden paths, not golden cages\n  - templates for the common case',
    );
  });

  it('splits a Hugo post about a whole conference, with its date, tags and site images', async () => {
    const { dir, library, importer, copy } = await importBench();
    const hugo = await copy('hugo');
    const report = await importer.run({ paths: [hugo] });
    expect(report.skipped).toEqual([]);

    const tree = await library.list();
    const ghent = tree.conferences.find((c) => c.meta.title === 'DevOpsDays Ghent 2019')!;
    expect(ghent.meta).toMatchObject({
      starts: '2019-10-29',
      tags: ['devops', 'devopsdays', 'conference'],
    });
    expect(ghent.folder).toBe('2019-devopsdays-ghent-2019');
    expect(ghent.talks.map((t) => [t.meta.title, t.meta.speakers.map((s) => s.name)])).toEqual(
      expect.arrayContaining([
        ['Ten years of DevOps', ['Patrick Debois']],
        ['The Deming Journey', ['John Willis']],
        ['Incident Response Is Broken', ['Damon Edwards']],
      ]),
    );
    expect(ghent.talks).toHaveLength(3);
    const general = await library.readConference(ghent.id);
    expect(general.body).toContain('Ten years of DevOpsDays, back where it started.');
    expect(general.body).toContain('## Closing thoughts');
    expect(general.body).toMatch(/!\[The stage\]\(assets\/[^)]+\.png\)/);
    expect(await readdir(join(dir, 'library', ghent.folder, 'assets'))).toHaveLength(1);
    const first = await library.readTalk(
      ghent.talks.find((t) => t.meta.title === 'Ten years of DevOps')!.id,
    );
    expect(first.body).toBe(
      'Where it all started, and where it goes.\n\n### The early days\n\nA tweet and a conference.\n',
    );

    // A post about one talk stays one talk, in the conference its front matter names.
    const summit = tree.conferences.find((c) => c.meta.title === 'DevOps Enterprise Summit 2020')!;
    expect(summit.talks.map((t) => t.meta)).toEqual([
      expect.objectContaining({
        title: 'Socio-technical systems',
        kind: 'keynote',
        speakers: [{ name: 'Nicole Forsgren' }],
      }),
    ]);
  });

  it('puts every talk into an existing conference with --conference', async () => {
    const { library, importer, copy } = await importBench();
    const target = await library.createConference(
      { title: 'My KubeCon', starts: '2023-04-18' },
      'My own intro.\n',
    );
    const vault = await copy('vault');
    const hugo = await copy('hugo');
    const report = await importer.run({ paths: [vault, hugo], conference: target.folder });
    expect(new Set(report.conferences.map((c) => c.id))).toEqual(new Set([target.id]));
    const tree = await library.list();
    expect(tree.conferences).toHaveLength(1);
    expect(tree.conferences[0].talks).toHaveLength(3 + 3 + 1);
    const merged = await library.readConference(target.id);
    expect(merged.body).toMatch(/^My own intro\.\n\nTen years of DevOpsDays/);
    await expect(
      importer.run({ paths: [vault], conference: 'no-such-conference' }),
    ).rejects.toThrow(/no-such-conference/);
  });
});
