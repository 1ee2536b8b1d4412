import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportRequestInput } from '../../../shared/ipc/export';
import { makeFixture, type ExportFixture } from './exportFixture';
import { hugoSite, jekyllSite, resolveImages, type SiteModel } from './siteModel';

/**
 * "Paste the result into a Hugo or Jekyll site without touching it": after
 * each kind of export, every image link in every page, followed from the
 * address the generator serves that page at, reaches a copied file the
 * generator publishes, with the picture's own bytes. Only the one image the
 * notes lack (`assets/missing slide.png`) is left unresolved.
 */
let fixture: ExportFixture;
beforeEach(async () => {
  fixture = await makeFixture();
});
afterEach(() => fixture.cleanup());

type Scope = Pick<ExportRequestInput, 'scope' | 'folder'>;
const scopes: Record<string, (f: ExportFixture) => Scope> = {
  'a talk': (f) => ({ scope: { kind: 'talk', id: f.camsId } }),
  'a conference as one post': (f) => ({ scope: { kind: 'conference', id: f.conferenceId } }),
  'a conference as a folder': (f) => ({
    scope: { kind: 'conference', id: f.conferenceId },
    folder: true,
  }),
  'the whole library': () => ({ scope: { kind: 'library' } }),
};
/** The pictures each export shows (the talk alone shows one). */
const shown = (scope: string) => (scope === 'a talk' ? 1 : 5);

/** The bytes of every picture in the library, by hash: a served copy must be one of them. */
async function libraryPictures(): Promise<Set<string>> {
  const assets = join(fixture.library.root, fixture.folder, 'assets');
  const names = ['Thomas Krag slide.png', 'slide.png', '2019/slide.png', 'Chaos Monkey.png'];
  const hashes = new Set<string>();
  for (const name of [...names, 'derek-weeks.png'])
    hashes.add(hash(await readFile(join(assets, name))));
  return hashes;
}

function hash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function expectImagesServed(site: SiteModel, root: string, scope: string) {
  const links = resolveImages(site);
  const missing = links.filter((link) => link.file === undefined).map((link) => link.src);
  const reached = links.filter((link) => link.file !== undefined);
  expect(missing.filter((src) => src !== 'assets/missing%20slide.png')).toEqual([]);
  expect(reached).toHaveLength(shown(scope));
  const pictures = await libraryPictures();
  for (const link of reached)
    expect(pictures).toContain(hash(await readFile(join(root, link.file!))));
  // Each picture shown is a different one, as in the notes (two distinct slide.png files included).
  const bytes = await Promise.all(reached.map((link) => readFile(join(root, link.file!))));
  expect(new Set(bytes.map(hash)).size).toBe(shown(scope));
}

describe.each(Object.keys(scopes))('%s', (scope) => {
  it.each(['date', 'pretty'] as const)(
    'exported into a Jekyll site, shows every image (permalink %s)',
    async (permalink) => {
      const root = join(fixture.base, 'site');
      await fixture.exporter.run(
        fixture.request({ ...scopes[scope](fixture), flavor: 'jekyll', destination: root }),
      );
      const site = await jekyllSite(root, permalink);
      expect(site.pages.length).toBeGreaterThan(0);
      await expectImagesServed(site, root, scope);
    },
  );

  it.each(['date', 'pretty'] as const)(
    'exported into a Jekyll site served under a baseurl, shows every image (permalink %s)',
    async (permalink) => {
      // A GitHub project page: the site's own _config.yml says where it is served.
      const root = await siteWithConfig('title: Notes\nbaseurl: "/my-blog/" # the sub-path\n');
      await fixture.exporter.run(
        fixture.request({ ...scopes[scope](fixture), flavor: 'jekyll', destination: root }),
      );
      const site = await jekyllSite(root, permalink, '/my-blog');
      expect(site.pages.every((page) => page.url.startsWith('/my-blog/'))).toBe(true);
      await expectImagesServed(site, root, scope);
    },
  );

  it('exported into a Hugo content section, shows every image', async () => {
    const root = join(fixture.base, 'content', 'posts');
    await fixture.exporter.run(
      fixture.request({ ...scopes[scope](fixture), flavor: 'hugo', destination: root }),
    );
    const site = await hugoSite(root, 'posts');
    expect(site.pages.length).toBeGreaterThan(0);
    await expectImagesServed(site, root, scope);
  });
});

describe('written to a .md file in a Hugo content section', () => {
  it.each([
    ['a talk', 'cams.md', 'cams/images/'],
    ['a conference as one post', 'adod.md', 'adod/images/'],
    ['a conference as one post', 'adod/index.md', 'images/'],
  ])('%s (%s) shows every image, copied into %s', async (scope, name, folder) => {
    const root = join(fixture.base, 'content', 'posts');
    const result = await fixture.exporter.run(
      fixture.request({ ...scopes[scope](fixture), flavor: 'hugo', destination: join(root, name) }),
    );
    const images = result.files.filter((file) => file.kind === 'image');
    expect(images.every((file) => file.path.startsWith(folder))).toBe(true);
    const site = await hugoSite(root, 'posts');
    expect(site.pages).toHaveLength(1);
    await expectImagesServed(site, root, scope);
  });

  it('is refused when Hugo would serve it under another name than its images folder', async () => {
    const file = join(fixture.base, 'content', 'posts', 'My Talk.md');
    const request = fixture.request({
      scope: { kind: 'talk', id: fixture.camsId },
      flavor: 'hugo',
      destination: file,
    });
    await expect(fixture.exporter.run(request)).rejects.toThrow(/my-talk\.md/);
    await expect(readdir(join(fixture.base, 'content', 'posts'))).rejects.toThrow(/ENOENT/);
    // Other flavours keep the name: their images sit in images/ beside the file.
    await fixture.exporter.run({ ...request, flavor: 'plain' });
    // A page that shows no image needs no images folder: any name will do.
    await fixture.setNotes(fixture.camsId, 'No pictures.\n');
    await fixture.exporter.run({ ...request, force: true });
    expect(await readFile(file, 'utf8')).toMatch(/^---\ntitle: CAMS/);
  });
});

/** A Jekyll site folder holding only its `_config.yml`. */
async function siteWithConfig(config: string): Promise<string> {
  const root = join(fixture.base, 'site');
  await mkdir(root, { recursive: true });
  await writeFile(join(root, '_config.yml'), config);
  return root;
}

it('the models fail images placed where the generator does not serve them', async () => {
  // Links from the site root, as for a site without a baseurl (`/` overrides the config's).
  const served = await siteWithConfig('baseurl: /my-blog\n');
  await fixture.exporter.run(
    fixture.request({
      scope: { kind: 'library' },
      flavor: 'jekyll',
      destination: served,
      baseurl: '/',
    }),
  );
  const rooted = resolveImages(await jekyllSite(served, 'date', '/my-blog'));
  expect(rooted).toHaveLength(6);
  expect(rooted.every((link) => link.file === undefined)).toBe(true);
  expect(resolveImages(await jekyllSite(served, 'date')).filter((l) => l.file)).toHaveLength(5);
  await fixture.cleanup();
  fixture = await makeFixture();

  // The layout Jekyll exports had before: relative links, images inside _posts/.
  const root = join(fixture.base, 'site');
  await fixture.exporter.run(
    fixture.request({
      scope: { kind: 'conference', id: fixture.conferenceId },
      flavor: 'plain',
      destination: join(root, '_posts', '2021-10-28-adod.md'),
    }),
  );
  const links = resolveImages(await jekyllSite(root, 'date'));
  expect(links).toHaveLength(6);
  expect(links.every((link) => link.file === undefined)).toBe(true);

  // A single Hugo page that is not a bundle: served at /posts/adod/, its images beside the file.
  const content = join(fixture.base, 'content', 'posts');
  await fixture.exporter.run(
    fixture.request({
      scope: { kind: 'conference', id: fixture.conferenceId },
      flavor: 'plain',
      destination: join(content, 'adod.md'),
    }),
  );
  const pages = resolveImages(await hugoSite(content, 'posts'));
  expect(pages).toHaveLength(6);
  expect(pages.every((link) => link.file === undefined)).toBe(true);
});
