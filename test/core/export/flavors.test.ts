import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../shared/markdown';
import { makeFixture, type ExportFixture } from './exportFixture';

let fixture: ExportFixture;
beforeEach(async () => {
  fixture = await makeFixture();
});
afterEach(() => fixture.cleanup());

/** Front matter as Jekyll's YAML 1.1 reader sees it. */
async function frontMatter(path: string): Promise<Record<string, unknown>> {
  const { yaml } = splitFrontMatter(await readFile(path, 'utf8'));
  expect(yaml).not.toBeNull();
  return parse(yaml!, { version: '1.1' }) as Record<string, unknown>;
}

const exportConference = (flavor: 'hugo' | 'jekyll' | 'obsidian' | 'plain', folder: boolean) =>
  fixture.exportConference(flavor, folder);

describe('a conference post', () => {
  it('Hugo: title, RFC 3339 date, tags of the conference and its talks', async () => {
    const { out, paths } = await exportConference('hugo', false);
    expect(paths).toEqual(['all-day-devops-2021/index.md']);
    expect(await frontMatter(join(out, paths[0]))).toEqual({
      title: 'All Day DevOps 2021',
      date: '2021-10-28',
      tags: ['devops', 'culture', 'chaos engineering'],
    });
  });

  it('Jekyll: a dated post name in _posts, and layout', async () => {
    const { out, paths } = await exportConference('jekyll', false);
    expect(paths).toEqual(['_posts/2021-10-28-all-day-devops-2021.md']);
    expect(await frontMatter(join(out, paths[0]))).toMatchObject({
      layout: 'post',
      date: '2021-10-28',
    });
  });

  it('plain: no front matter, the title as the first heading', async () => {
    const { out, paths } = await exportConference('plain', false);
    const text = await readFile(join(out, paths[0]), 'utf8');
    expect(text.startsWith('# All Day DevOps 2021\n')).toBe(true);
  });
});

describe('a conference as a folder of talks', () => {
  it('Jekyll: posts named _posts/YYYY-MM-DD-slug.md with the talk’s own time', async () => {
    const { out, paths } = await exportConference('jekyll', true);
    expect(paths).toEqual([
      '_posts/2021-10-28-all-day-devops-2021.md',
      '_posts/2021-10-28-cams-then-and-now.md',
      '_posts/2021-10-28-gamification-of-chaos-testing.md',
    ]);
    expect(await frontMatter(join(out, paths[1]))).toEqual({
      layout: 'post',
      title: 'CAMS *Then* and Now',
      date: '2021-10-28 09:00:00 +0200',
      categories: ['all-day-devops-2021'],
      tags: ['culture'],
      speakers: ['Thomas “VikingOps” Krag (Nordcloud)', 'Jane Doe'],
      conference: 'All Day DevOps 2021',
      video: 'https://video.example/cams',
      slides: 'https://slides.example/cams deck.pdf',
    });
  });

  it('Hugo: a section _index.md and a page bundle per talk', async () => {
    const { out, paths } = await exportConference('hugo', true);
    expect(paths).toEqual([
      '_index.md',
      'cams-then-and-now/index.md',
      'gamification-of-chaos-testing/index.md',
    ]);
    expect(await frontMatter(join(out, paths[2]))).toMatchObject({
      title: 'Gamification of Chaos Testing',
      date: '2021-10-28T11:00:00+02:00',
      categories: ['All Day DevOps 2021'],
      tags: ['chaos engineering'],
    });
  });

  it('Obsidian: titles as file names, flat properties, tags without spaces', async () => {
    const { out, paths } = await exportConference('obsidian', true);
    expect(paths).toEqual([
      'All Day DevOps 2021.md',
      'CAMS Then and Now.md',
      'Gamification of Chaos Testing.md',
    ]);
    expect(await frontMatter(join(out, paths[2]))).toEqual({
      title: 'Gamification of Chaos Testing',
      date: '2021-10-28T11:00',
      conference: 'All Day DevOps 2021',
      speakers: ['Bram Vogelaar'],
      kind: 'talk',
      tags: ['chaos-engineering'],
    });
  });

  it('the whole library: one folder per conference (inside _posts for Jekyll)', async () => {
    const other = await fixture.library.createConference({
      title: 'All Day DevOps 2019',
      starts: '2019-11-06',
    });
    await fixture.library.createTalk(
      other.id,
      { title: 'Yes', speakers: [{ name: 'On' }] },
      'Short.',
    );
    const out = join(fixture.base, 'all');
    const result = await fixture.exporter.run(
      fixture.request({ scope: { kind: 'library' }, flavor: 'jekyll', destination: out }),
    );
    const notes = result.files.filter((f) => f.kind === 'note').map((f) => f.path);
    expect(notes.slice(0, 2)).toEqual([
      `_posts/${other.folder}/2019-11-06-all-day-devops-2019.md`,
      `_posts/${other.folder}/2019-11-06-yes.md`,
    ]);
    // YAML 1.1 readers (Jekyll) must see the title "Yes" as text, not true.
    expect(await frontMatter(join(out, notes[1]))).toMatchObject({
      title: 'Yes',
      speakers: ['On'],
    });
  });
});

it('Copy as Markdown gives the talk in the chosen flavour, image links untouched', async () => {
  const { markdown } = await fixture.exporter.talkMarkdown(fixture.camsId, 'plain');
  expect(
    markdown.startsWith('# CAMS \\*Then\\* and Now — Thomas “VikingOps” Krag, Jane Doe\n'),
  ).toBe(true);
  expect(markdown).toContain('(<assets/Thomas Krag slide.png>)');
  const { markdown: hugo } = await fixture.exporter.talkMarkdown(fixture.camsId, 'hugo');
  expect(hugo.startsWith('---\ntitle: CAMS *Then* and Now\n')).toBe(true);
});

it('warns about what it cannot do well: no date for Jekyll, a note with problems', async () => {
  const undated = await fixture.library.createConference({ title: 'Meetup' });
  const talk = await fixture.library.createTalk(undated.id, { title: 'Lightning' }, 'Short.');
  const file = join(fixture.library.root, talk.path);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('kind: talk', 'kind: banana'));
  const out = join(fixture.base, 'meetup');
  const result = await fixture.exporter.run(
    fixture.request({
      scope: { kind: 'conference', id: undated.id },
      flavor: 'jekyll',
      destination: out,
    }),
  );
  expect(result.files[0].path).toBe('_posts/meetup.md');
  expect(result.warnings.map((warning) => warning.code).sort()).toEqual([
    'no-date',
    'note-problem',
  ]);
  expect(result.warnings.find((w) => w.code === 'note-problem')!.notePath).toBe(talk.path);
});

it('turns Liquid off for Jekyll posts that quote templates, and only for those', async () => {
  await fixture.setNotes(fixture.chaosId, 'Helm: `{{ .Values.image.tag }}`.\n');
  const out = join(fixture.base, 'liquid');
  const result = await fixture.exporter.run(
    fixture.request({
      scope: { kind: 'conference', id: fixture.conferenceId },
      folder: true,
      flavor: 'jekyll',
      destination: out,
    }),
  );
  const liquid: Record<string, unknown> = {};
  for (const file of result.files.filter((f) => f.kind === 'note')) {
    liquid[file.path] = (await frontMatter(join(out, file.path))).render_with_liquid;
  }
  expect(liquid).toEqual({
    '_posts/2021-10-28-all-day-devops-2021.md': undefined,
    '_posts/2021-10-28-cams-then-and-now.md': undefined,
    '_posts/2021-10-28-gamification-of-chaos-testing.md': false,
  });
  const hugo = await fixture.exporter.talkMarkdown(fixture.chaosId, 'hugo');
  expect(hugo.markdown).not.toContain('render_with_liquid');
});
