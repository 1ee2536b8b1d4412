import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportRequestInput } from '../../../shared/ipc/export';
import { normalizeBaseurl } from '../../../electron/core/export/jekyllBaseurl';
import { confnotes } from '../../helpers/runCli';
import { makeFixture, type ExportFixture } from './exportFixture';
import { imageSources } from './siteModel';

/**
 * A Jekyll site served under a sub-path (`baseurl`): the export reads it from
 * the site's `_config.yml` (or takes `--baseurl`) and puts it in front of
 * every image link. siteLayout.test.ts proves the links reach the files.
 */
let fixture: ExportFixture;
let site: string;
beforeEach(async () => {
  fixture = await makeFixture();
  site = join(fixture.base, 'site');
  await mkdir(site, { recursive: true });
});
afterEach(() => fixture.cleanup());

const POST = '_posts/2021-10-28-all-day-devops-2021.md';

function exportPost(extra: Partial<ExportRequestInput> = {}) {
  return fixture.exporter.run(
    fixture.request({
      scope: { kind: 'conference', id: fixture.conferenceId },
      flavor: 'jekyll',
      destination: site,
      ...extra,
    }),
  );
}

/** The local image links of the exported post (the missing one is kept as written). */
async function postImages(path = join(site, POST)): Promise<string[]> {
  const links = imageSources(await readFile(path, 'utf8'));
  return links.filter((src) => !src.startsWith('assets/'));
}

describe('the baseurl of the site', () => {
  it('is read from _config.yml and starts every image link; the result says which', async () => {
    await writeFile(join(site, '_config.yml'), 'title: Notes\nbaseurl: /my-blog # project page\n');
    const result = await exportPost();
    expect(result.baseurl).toBe('/my-blog');
    const links = await postImages();
    expect(links).toHaveLength(5);
    for (const src of links)
      expect(src).toMatch(/^\/my-blog\/images\/2021-10-28-all-day-devops-2021\//);
    expect(
      (
        await fixture.exporter.preview(
          fixture.request({ scope: { kind: 'library' }, flavor: 'jekyll', destination: site }),
        )
      ).baseurl,
    ).toBe('/my-blog');
  });

  it('is read as Jekyll reads it: _config.yml before _config.yaml, the last of repeated keys', async () => {
    await writeFile(join(site, '_config.yaml'), 'baseurl: /from-yaml\n');
    expect((await exportPost()).baseurl).toBe('/from-yaml');
    await writeFile(join(site, '_config.yml'), 'baseurl: /first\nbaseurl: /last/\n');
    expect((await exportPost({ force: true })).baseurl).toBe('/last');
    expect((await postImages())[0]).toMatch(/^\/last\/images\//);
  });

  it('is none without a config, or with an empty or null one', async () => {
    expect((await exportPost()).baseurl).toBe('');
    for (const config of ['baseurl: ""\n', 'baseurl:\n', '# nothing\n']) {
      await writeFile(join(site, '_config.yml'), config);
      expect((await exportPost({ force: true })).baseurl).toBe('');
      expect((await postImages())[0]).toMatch(/^\/images\//);
    }
  });

  it('--baseurl (the request) overrides the config; / means none', async () => {
    await writeFile(join(site, '_config.yml'), 'baseurl: /my-blog\n');
    expect((await exportPost({ baseurl: 'notes/2021/' })).baseurl).toBe('/notes/2021');
    expect((await postImages())[0]).toMatch(/^\/notes\/2021\/images\//);
    expect((await exportPost({ baseurl: '/', force: true })).baseurl).toBe('');
    expect((await postImages())[0]).toMatch(/^\/images\//);
  });

  it('of a post written to a .md file comes from the request only', async () => {
    await writeFile(join(site, '_config.yml'), 'baseurl: /my-blog\n');
    const file = join(site, 'adod.md');
    expect((await exportPost({ destination: file })).baseurl).toBe('');
    await exportPost({ destination: file, baseurl: '/proj', force: true });
    expect((await postImages(file))[0]).toMatch(/^\/proj\/images\/adod\//);
  });
});

describe('a config the export cannot use', () => {
  it('that is not YAML stops the export, naming the file; nothing is written', async () => {
    await writeFile(join(site, '_config.yml'), 'title: Notes\nbaseurl: "/my-blog\n  bad: [\n');
    const failure = exportPost();
    await expect(failure).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(failure).rejects.toThrow(join(site, '_config.yml'));
    await expect(failure).rejects.toThrow(/not valid YAML .*--baseurl/);
    expect(await readdir(site)).toEqual(['_config.yml']);
    const bomb = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]']
      .concat(
        ['b', 'c', 'd'].map(
          (key, i) => `${key}: &${key} [${Array(10).fill(`*${'abc'[i]}`).join(', ')}]`,
        ),
      )
      .join('\n');
    await writeFile(join(site, '_config.yml'), `${bomb}\nbaseurl: /my-blog\n`);
    await expect(exportPost()).rejects.toThrow(/not valid YAML \(Excessive alias count/);
    expect(await readdir(site)).toEqual(['_config.yml']);
    // Saying the baseurl skips the broken file.
    expect((await exportPost({ baseurl: '/my-blog' })).baseurl).toBe('/my-blog');
  });

  it('whose baseurl is not a path stops the export, naming the file and the value', async () => {
    for (const value of ['2021', '[a, b]', 'https://me.github.io/blog', '/a/../b']) {
      await writeFile(join(site, '_config.yml'), `baseurl: ${value}\n`);
      await expect(exportPost()).rejects.toThrow(join(site, '_config.yml'));
    }
    expect(await readdir(site)).toEqual(['_config.yml']);
  });

  it('that holds no settings, or is TOML, gives a warning and links from the site root', async () => {
    await writeFile(join(site, '_config.toml'), 'baseurl = "/my-blog"\n');
    const toml = await exportPost();
    expect(toml.warnings.filter((w) => w.code === 'site-config')[0].message).toContain(
      '_config.toml',
    );
    for (const config of ['- just\n- a list\n', 'just words\n', '2021-10-28\n']) {
      await writeFile(join(site, '_config.yml'), config);
      const result = await exportPost({ force: true });
      expect(result.baseurl).toBe('');
      expect(result.warnings.filter((w) => w.code === 'site-config')[0].message).toContain(
        join(site, '_config.yml'),
      );
    }
  });

  it('a baseurl for another flavour is refused', async () => {
    await expect(exportPost({ flavor: 'hugo', baseurl: '/x' })).rejects.toThrow(
      /Jekyll exports only/,
    );
  });
});

it('normalizes a baseurl to /path, refusing what is not a path of the site', () => {
  const cases: Array<[string, string]> = [
    ['/my-blog', '/my-blog'],
    ['my-blog/', '/my-blog'],
    [' /a//b/ ', '/a/b'],
    ['/', ''],
    ['', ''],
    ['/~me/notes_2021', '/~me/notes_2021'],
  ];
  for (const [value, normal] of cases) expect(normalizeBaseurl(value, 'x')).toBe(normal);
  for (const bad of [
    'https://me.github.io/blog',
    '//cdn.example/x',
    '/a/../b',
    '/a b',
    '/a?x',
    '/a#x',
    'a\\b',
    '/a\nb',
  ]) {
    expect(() => normalizeBaseurl(bad, 'The --baseurl option')).toThrow(/--baseurl option must be/);
  }
});

it('confnotes export --baseurl puts it before the image links and says so', async () => {
  await fixture.library.close();
  const run = await confnotes(
    'export',
    '--library',
    fixture.library.root,
    '--conference',
    fixture.folder,
    '--flavor',
    'jekyll',
    '--out',
    site,
    '--baseurl',
    '/proj',
  );
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/image links start with \/proj\/\.$/);
  expect((await postImages())[0]).toMatch(/^\/proj\/images\//);
  const hugo = await confnotes(
    'export',
    '--library',
    fixture.library.root,
    '--all',
    '--flavor',
    'hugo',
    '--out',
    join(fixture.base, 'h'),
    '--baseurl',
    '/x',
  );
  expect(hugo.code).toBe(1);
  expect(hugo.err).toContain('Jekyll exports only');
});
