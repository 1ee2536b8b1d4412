import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreError } from '../../../electron/core/errors';
import { fakePng } from '../../helpers/images';
import { makeFixture, type ExportFixture } from './exportFixture';

let fixture: ExportFixture;
beforeEach(async () => {
  fixture = await makeFixture();
});
afterEach(() => fixture.cleanup());

/** Every file under `folder` with its bytes, by relative path. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files[relative(folder, path)] = (await readFile(path)).toString('base64');
    }
  };
  await walk(folder);
  return files;
}

async function failure(promise: Promise<unknown>): Promise<CoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CoreError);
  return error as CoreError;
}

describe('nothing is written outside the destination', () => {
  it('refuses an images folder that climbs out or is absolute', async () => {
    for (const images of ['../outside', 'a/../../outside', '/tmp/outside', 'a\\..\\..\\b']) {
      const error = await failure(
        fixture.exporter.run(
          fixture.request({
            scope: { kind: 'library' },
            destination: join(fixture.base, 'out'),
            images,
          }),
        ),
      );
      expect(error.code).toBe('invalid-input');
    }
    await expect(stat(join(fixture.base, 'outside'))).rejects.toThrow();
  });

  it('refuses a symbolic link inside the destination that leads elsewhere', async () => {
    const out = join(fixture.base, 'out');
    const elsewhere = join(fixture.base, 'elsewhere');
    await mkdir(out);
    await mkdir(elsewhere);
    await symlink(elsewhere, join(out, 'images'));
    const error = await failure(
      fixture.exporter.run(
        fixture.request({ scope: { kind: 'conference', id: fixture.folder }, destination: out }),
      ),
    );
    expect(error.code).toBe('outside-library');
    expect(error.message).toContain('images');
    expect(await readdir(elsewhere)).toEqual([]);
    expect(await readdir(out)).toEqual(['images']);
  });

  it('refuses to write through a symbolic link in place of a note', async () => {
    const out = join(fixture.base, 'out');
    const victim = join(fixture.base, 'victim.md');
    await mkdir(out);
    await writeFile(victim, 'keep me');
    await symlink(victim, join(out, 'cams-then-and-now.md'));
    const request = {
      scope: { kind: 'talk' as const, id: fixture.camsId },
      destination: out,
      force: true,
    };
    expect((await failure(fixture.exporter.run(fixture.request(request)))).code).toBe(
      'outside-library',
    );
    expect(await readFile(victim, 'utf8')).toBe('keep me');
  });

  it('keeps hostile titles inside: slashes and dots become part of a name', async () => {
    const talk = await fixture.library.createTalk(
      fixture.conferenceId,
      { title: '../../../etc/passwd' },
      'x',
    );
    const before = await snapshot(fixture.base);
    const out = join(fixture.base, 'out');
    for (const flavor of ['hugo', 'jekyll', 'obsidian', 'plain'] as const) {
      await fixture.exporter.run(
        fixture.request({
          scope: { kind: 'talk', id: talk.id },
          flavor,
          destination: join(out, flavor),
        }),
      );
    }
    const after = await snapshot(fixture.base);
    const added = Object.keys(after).filter((path) => !(path in before));
    expect(added.every((path) => path.startsWith(`out/`))).toBe(true);
    expect(added.sort()).toEqual([
      'out/hugo/etc-passwd/index.md',
      'out/jekyll/_posts/2021-10-28-etc-passwd.md',
      'out/obsidian/etc passwd.md',
      'out/plain/etc-passwd.md',
    ]);
  });
});

describe('existing files', () => {
  it('are not replaced without force, and then nothing at all is written', async () => {
    const out = join(fixture.base, 'out');
    await mkdir(join(out, 'images'), { recursive: true });
    await writeFile(join(out, 'images', 'slide.png'), 'mine');
    const request = {
      scope: { kind: 'conference' as const, id: fixture.folder },
      destination: out,
    };
    const preview = await fixture.exporter.preview(fixture.request(request));
    expect(preview.files.filter((file) => file.exists).map((file) => file.path)).toEqual([
      'images/slide.png',
    ]);

    const error = await failure(fixture.exporter.run(fixture.request(request)));
    expect(error.code).toBe('exists');
    expect(error.message).toContain('images/slide.png');
    expect(await snapshot(out)).toEqual({
      'images/slide.png': Buffer.from('mine').toString('base64'),
    });

    const result = await fixture.exporter.run(fixture.request({ ...request, force: true }));
    expect(result.overwritten).toEqual(['images/slide.png']);
    expect(await readFile(join(out, 'images', 'slide.png'))).toEqual(fakePng('png: 2021 slide'));
  });
});

describe('exporting twice', () => {
  it('gives identical bytes, in a new folder and over the old one', async () => {
    const run = (destination: string, force = false) =>
      fixture.exporter.run(
        fixture.request({ scope: { kind: 'library' }, flavor: 'hugo', destination, force }),
      );
    await run(join(fixture.base, 'first'));
    await run(join(fixture.base, 'second'));
    const first = await snapshot(join(fixture.base, 'first'));
    expect(Object.keys(first).length).toBeGreaterThan(5);
    expect(await snapshot(join(fixture.base, 'second'))).toEqual(first);
    await run(join(fixture.base, 'first'), true);
    expect(await snapshot(join(fixture.base, 'first'))).toEqual(first);
  });

  it('writes no temporary files and the same bytes for a post with a table of contents', async () => {
    const run = async (name: string) => {
      const destination = join(fixture.base, name);
      await fixture.exporter.run(
        fixture.request({
          scope: { kind: 'conference', id: fixture.folder },
          toc: true,
          flavor: 'jekyll',
          destination,
        }),
      );
      return snapshot(destination);
    };
    const first = await run('a');
    expect(Object.keys(first).some((path) => path.includes('.tmp'))).toBe(false);
    expect(await run('b')).toEqual(first);
  });
});
