import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ExportResult } from '../../../shared/ipc/export';
import { confnotes } from '../../helpers/runCli';
import { makeFixture, type ExportFixture } from './exportFixture';

let fixture: ExportFixture;
beforeEach(async () => {
  fixture = await makeFixture();
  // The command opens the library itself; the fixture's handle must not hold it.
  await fixture.library.close();
});
afterEach(() => fixture.cleanup());

it('exports a conference by folder name as a Jekyll post, with --json and warnings on stderr', async () => {
  // For Jekyll the destination is the site's folder: the post goes into its _posts/.
  const out = join(fixture.base, 'site');
  const lib = fixture.library.root;
  const run = await confnotes(
    'export',
    '--library',
    lib,
    '--conference',
    fixture.folder,
    '--flavor',
    'jekyll',
    '--out',
    out,
    '--toc',
    '--json',
  );
  expect(run.code).toBe(0);
  const result = JSON.parse(run.out) as ExportResult;
  expect(result).toMatchObject({ notes: 1, images: 5, overwritten: [] });
  expect(result.files[0]).toEqual({
    path: '_posts/2021-10-28-all-day-devops-2021.md',
    kind: 'note',
    exists: false,
  });
  expect(result.files[1].path).toMatch(/^images\/2021-10-28-all-day-devops-2021\/[a-z-]+\.png$/);
  expect(run.err).toContain('warning: ');
  expect(run.err).toContain('assets/missing%20slide.png');

  const again = await confnotes(
    'export',
    '--library',
    lib,
    '--conference',
    fixture.folder,
    '--flavor',
    'jekyll',
    '--out',
    out,
  );
  expect(again.code).toBe(1);
  expect(again.err).toContain('already exist');
  expect(again.err).toContain('--force');
  const forced = await confnotes(
    'export',
    '--library',
    lib,
    '--conference',
    fixture.folder,
    '--flavor',
    'jekyll',
    '--out',
    out,
    '--force',
  );
  expect(forced.code).toBe(0);
  expect(forced.out).toMatch(/^Exported 1 note\(s\) and 5 image\(s\) to .* \(6 replaced\)\.$/);
});

it('refuses unclear requests with a message and a non-zero exit', async () => {
  const lib = fixture.library.root;
  const out = join(fixture.base, 'out');
  const cases: Array<[string[], string]> = [
    [['--out', out], 'exactly one of'],
    [['--all', '--talk', fixture.camsId, '--out', out], 'exactly one of'],
    [['--all'], '--out PATH is required'],
    [['--all', '--out', out, '--flavor', 'wordpress'], '--flavor must be one of'],
    [['--talk', 'NOPE', '--out', out], 'No talk with id NOPE'],
    [['--all', '--out', out, '--images', '../x'], 'images folder must be a folder inside'],
    [['--all', '--out', join(out, 'all.md')], 'needs a folder'],
    [['--all', '--flavor', 'jekyll', '--out', join(out, '_posts')], "site's folder"],
    [['--all', '--flavor', 'jekyll', '--out', out, '--images', '_img'], 'does not publish'],
  ];
  for (const [args, message] of cases) {
    const run = await confnotes('export', '--library', lib, ...args);
    expect(run.code, args.join(' ')).not.toBe(0);
    expect(run.err).toContain(message);
  }
  await expect(readdir(out)).rejects.toThrow();
});

it('runs as `confnotes export` through the package bin', async () => {
  const out = join(fixture.base, 'talk.md');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      'bin/confnotes.js',
      'export',
      '--library',
      fixture.library.root,
      '--talk',
      fixture.camsId,
      '--out',
      out,
      '--flavor',
      'hugo',
    ],
    { cwd: process.cwd() },
  );
  expect(stdout).toContain('Exported 1 note(s) and 1 image(s)');
  expect(await readFile(out, 'utf8')).toContain(
    '![Thomas Krag talks about organizational learning](images/thomas-krag-slide.png)',
  );
});

it('a Hugo talk written to a .md file: --help says where its images land, and they land there', async () => {
  const help = await confnotes('export', '--help');
  expect(help.out + help.err).toContain('copied into NAME/images/ beside the file');
  const posts = join(fixture.base, 'content', 'posts');
  const run = await confnotes(
    'export',
    '--library',
    fixture.library.root,
    '--talk',
    fixture.camsId,
    '--flavor',
    'hugo',
    '--out',
    join(posts, 'cams.md'),
    '--json',
  );
  expect(run.code).toBe(0);
  const result = JSON.parse(run.out) as ExportResult;
  expect(result.files.map((file) => file.path)).toEqual([
    'cams.md',
    'cams/images/thomas-krag-slide.png',
  ]);
  const page = await readFile(join(posts, 'cams.md'), 'utf8');
  expect(page).toContain('](images/thomas-krag-slide.png)');
  expect(await readdir(join(posts, 'cams', 'images'))).toEqual(['thomas-krag-slide.png']);
});
