import { writeFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseMarkdown } from '../../../shared/markdown';
import { fakePng } from '../../helpers/images';
import { makeFixture, type ExportFixture } from './exportFixture';

let fixture: ExportFixture;
beforeEach(async () => {
  fixture = await makeFixture();
});
afterEach(() => fixture.cleanup());

/** Image URLs of a Markdown file, read back through the project's own parser. */
function imageUrls(markdown: string): string[] {
  const urls: string[] = [];
  const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
    if ((node.type === 'image' || node.type === 'definition') && node.url) urls.push(node.url);
    for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
  };
  walk(parseMarkdown(markdown));
  return urls;
}

it('copies every image beside the post with readable, distinct names and working links', async () => {
  const out = join(fixture.base, 'out');
  const result = await fixture.exporter.run(
    fixture.request({ scope: { kind: 'conference', id: fixture.conferenceId }, destination: out }),
  );
  const images = result.files.filter((file) => file.kind === 'image').map((file) => file.path);
  expect(images).toEqual([
    'images/derek-weeks.png',
    'images/thomas-krag-slide.png',
    'images/slide.png',
    'images/slide-2.png',
    'images/chaos-monkey.png',
  ]);
  // Two different files both called slide.png keep their own bytes.
  expect(await readFile(join(out, 'images/slide.png'))).toEqual(fakePng('png: 2021 slide'));
  expect(await readFile(join(out, 'images/slide-2.png'))).toEqual(fakePng('png: 2019 slide'));
  const post = await readFile(join(out, 'all-day-devops-2021.md'), 'utf8');
  const local = imageUrls(post).filter((url) => url.startsWith('images/'));
  expect(local.sort()).toEqual([...images].sort());
  // Only the missing image, kept as the user wrote it, has a %20.
  expect(post.replace('(assets/missing%20slide.png)', '')).not.toContain('%20');
});

it('reports a missing image and keeps its link instead of dropping it', async () => {
  const out = join(fixture.base, 'out');
  const result = await fixture.exporter.run(
    fixture.request({ scope: { kind: 'talk', id: fixture.chaosId }, destination: out }),
  );
  expect(result.warnings).toEqual([
    expect.objectContaining({
      code: 'missing-image',
      src: 'assets/missing%20slide.png',
      notePath: `${fixture.folder}/gamification-of-chaos-testing.md`,
    }),
  ]);
  const talk = await readFile(join(out, 'gamification-of-chaos-testing.md'), 'utf8');
  expect(imageUrls(talk)).toContain('assets/missing%20slide.png');
});

it('copies a picture used twice once, and survives spaces in the images folder', async () => {
  await fixture.setNotes(
    fixture.chaosId,
    `![a](assets/slide.png)\n\n![again](<assets/slide.png>)\n\n![a third](assets/slide.png "Title")\n`,
  );
  const out = join(fixture.base, 'out');
  const result = await fixture.exporter.run(
    fixture.request({
      scope: { kind: 'talk', id: fixture.chaosId },
      destination: join(out, 'chaos.md'),
      images: 'my pictures/2021',
    }),
  );
  expect(result.files.map((file) => file.path)).toEqual(['chaos.md', 'my pictures/2021/slide.png']);
  const text = await readFile(join(out, 'chaos.md'), 'utf8');
  // A destination with a space is written in angle brackets, which CommonMark reads as one path.
  expect(text).toContain('![a](<my pictures/2021/slide.png>)');
  expect(imageUrls(text)).toEqual(Array(3).fill('my pictures/2021/slide.png'));
});

it('gives each Hugo page bundle its own images', async () => {
  const out = join(fixture.base, 'hugo');
  const result = await fixture.exporter.run(
    fixture.request({
      scope: { kind: 'conference', id: fixture.folder },
      folder: true,
      flavor: 'hugo',
      destination: out,
    }),
  );
  expect(result.files.map((file) => file.path)).toEqual([
    '_index.md',
    'cams-then-and-now/index.md',
    'gamification-of-chaos-testing/index.md',
    'images/derek-weeks.png',
    'cams-then-and-now/images/thomas-krag-slide.png',
    'gamification-of-chaos-testing/images/slide.png',
    'gamification-of-chaos-testing/images/slide-2.png',
    'gamification-of-chaos-testing/images/chaos-monkey.png',
  ]);
});

it('leaves web images alone and reports HTML images it cannot copy', async () => {
  await writeFile(join(fixture.library.root, fixture.folder, 'assets', 'x.png'), fakePng('x'));
  await fixture.setNotes(
    fixture.camsId,
    '![web](https://example.com/a%20b.png)\n\n<img src="assets/x.png">\n',
  );
  const out = join(fixture.base, 'out');
  const result = await fixture.exporter.run(
    fixture.request({ scope: { kind: 'talk', id: fixture.camsId }, destination: out }),
  );
  expect(result.images).toBe(0);
  expect(result.warnings.map((warning) => warning.code)).toEqual(['html-image']);
  const text = await readFile(join(out, 'cams-then-and-now.md'), 'utf8');
  expect(imageUrls(text)).toEqual(['https://example.com/a%20b.png']);
});

async function exportNotes(body: string): Promise<string> {
  await fixture.setNotes(fixture.camsId, body);
  const out = join(fixture.base, 'out');
  await fixture.exporter.run(
    fixture.request({
      scope: { kind: 'talk', id: fixture.camsId },
      flavor: 'hugo',
      destination: out,
      force: true,
    }),
  );
  const text = await readFile(join(out, 'cams-then-and-now', 'index.md'), 'utf8');
  return text.slice(text.indexOf('\n\n', text.indexOf('\n---\n')) + 2);
}

it('keeps every other byte of a note as written, an image in a table cell included', async () => {
  const notes = await exportNotes(
    'Some *emphasis*, a + list marker:\n\n+ one\n\n| Slide | Note |\n| - | - |\n| ![a \\| b](assets/slide.png) | x |\n',
  );
  expect(notes).toBe(
    '[Video](https://video.example/cams) · [Slides](<https://slides.example/cams deck.pdf>)\n\n' +
      'Some *emphasis*, a + list marker:\n\n+ one\n\n| Slide | Note |\n| - | - |\n| ![a \\| b](images/slide.png) | x |\n',
  );
});

it('writes a note anew when an image spans lines inside a quote', async () => {
  const notes = await exportNotes('> ![quoted\n> slide](assets/derek-weeks.png)\n>\n> more\n');
  expect(imageUrls(notes)).toEqual(['images/derek-weeks.png']);
  expect(notes).toContain('> ![quoted\n> slide](images/derek-weeks.png)');
});

it('puts a Jekyll post’s images at the site root, one folder per post, linked from the root', async () => {
  const site = join(fixture.base, 'site');
  const result = await fixture.exporter.run(
    fixture.request({
      scope: { kind: 'conference', id: fixture.folder },
      flavor: 'jekyll',
      destination: site,
    }),
  );
  const folder = 'images/2021-10-28-all-day-devops-2021';
  expect(result.files.map((file) => file.path)).toEqual([
    '_posts/2021-10-28-all-day-devops-2021.md',
    `${folder}/derek-weeks.png`,
    `${folder}/thomas-krag-slide.png`,
    `${folder}/slide.png`,
    `${folder}/slide-2.png`,
    `${folder}/chaos-monkey.png`,
  ]);
  const post = await readFile(join(site, '_posts/2021-10-28-all-day-devops-2021.md'), 'utf8');
  const local = imageUrls(post).filter((url) => url.startsWith('/'));
  expect(local).toEqual(result.files.slice(1).map((file) => `/${file.path}`));
  expect(await readFile(join(site, folder, 'slide-2.png'))).toEqual(fakePng('png: 2019 slide'));
});

it('gives a named Jekyll post file the same root links, its images in images/<name>/ beside it', async () => {
  const out = join(fixture.base, 'drafts');
  const result = await fixture.exporter.run(
    fixture.request({
      scope: { kind: 'talk', id: fixture.camsId },
      flavor: 'jekyll',
      destination: join(out, 'cams.md'),
    }),
  );
  expect(result.files.map((file) => file.path)).toEqual([
    'cams.md',
    'images/cams/thomas-krag-slide.png',
  ]);
  expect(imageUrls(await readFile(join(out, 'cams.md'), 'utf8'))).toContain(
    '/images/cams/thomas-krag-slide.png',
  );
});

it('refuses a Jekyll export into _posts when Jekyll would not serve its images there', async () => {
  const posts = join(fixture.base, 'site', '_posts');
  const request = (destination: string, id = fixture.camsId) =>
    fixture.request({ scope: { kind: 'talk', id }, flavor: 'jekyll', destination });
  await expect(fixture.exporter.run(request(posts))).rejects.toThrow(
    /Jekyll _posts folder.*site's folder \(.*site\)/,
  );
  await expect(fixture.exporter.run(request(join(posts, 'cams.md')))).rejects.toThrow(
    /_posts folder/,
  );
  await expect(readdir(join(fixture.base, 'site'))).rejects.toThrow();
  // A post without pictures may go straight into _posts.
  await fixture.setNotes(fixture.camsId, 'No slides.\n');
  const result = await fixture.exporter.run(request(join(posts, '2021-10-28-cams.md')));
  expect(result.files.map((file) => file.path)).toEqual(['2021-10-28-cams.md']);
});

it('copies no image whose file stopped being an image between the plan and the copy', async () => {
  const slide = join(fixture.library.root, fixture.folder, 'assets', 'Thomas Krag slide.png');
  const out = join(fixture.base, 'out');
  // Between planning (bytes checked) and writing (bytes copied), the file becomes a secret.
  const stop = fixture.exporter.onProgress((progress) => {
    if (progress.phase === 'writing' && progress.done === 0)
      writeFileSync(slide, 'SECRET: not an image');
  });
  const result = await fixture.exporter.run(
    fixture.request({ scope: { kind: 'talk', id: fixture.camsId }, destination: out }),
  );
  stop();
  expect(result.images).toBe(0);
  expect(result.files.map((file) => file.path)).toEqual(['cams-then-and-now.md']);
  expect(result.warnings.map((w) => w.code)).toContain('refused-image');
  expect(await readdir(out)).toEqual(['cams-then-and-now.md']);
});
