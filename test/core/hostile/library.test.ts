import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreError } from '../../../electron/core/errors';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import type { ConferenceDocument, TalkSummary } from '../../../shared/library';
import {
  frontMatterCases,
  NAME_CASES,
  noteCases,
  type NoteCase,
} from '../../fixtures/hostile/cases';
import { Tally } from '../../fixtures/hostile/tally';
import { createArena, fingerprint, markerExists, type Arena } from './arena';
import { assertPortablePath } from './portable';

/**
 * Opening hostile notes in the library (FileLibrary: scan, list, readTalk,
 * resolveAsset) and creating files from hostile titles. Protections covered:
 * YAML-only front matter with custom tags unresolved and aliases capped
 * (noteFile.ts), lenient decoding that names bad bytes, symbolic links never
 * followed out of the library (scan.ts, assets.ts realpath check), slugify's
 * portable names (fileNames.ts). Opening never writes: the library's bytes
 * are compared before and after.
 */
const arena: Arena = createArena('library');
const notes: NoteCase[] = [...noteCases(arena.arm), ...frontMatterCases(arena.arm)];
let library: FileLibrary;
let folder: string;
let talks: Map<string, TalkSummary>;
let before: Record<string, string>;
let outsideBefore: Record<string, string>;
const tally = new Tally();

beforeAll(async () => {
  const setup = await FileLibrary.open(arena.library);
  const conference = await setup.createConference({ title: 'Hostile Con 2024' });
  folder = conference.folder;
  await setup.close();
  const dir = join(arena.library, folder);
  for (const note of notes) await writeFile(join(dir, `${note.id}.md`), note.content);
  // Symbolic links out of the library: an image, a talk file, a whole conference.
  await mkdir(join(dir, 'assets'));
  await symlink(arena.arm.secret, join(dir, 'assets', 'escape.png'));
  await symlink(arena.arm.secret, join(dir, 'leak.md'));
  await mkdir(join(arena.base, 'elsewhere'));
  await writeFile(
    join(arena.base, 'elsewhere', 'talk.md'),
    `---\ntitle: ${arena.secretToken}\n---\n`,
  );
  await symlink(join(arena.base, 'elsewhere'), join(arena.library, '2024-linked-conference'));
  before = await fingerprint(arena.library);
  outsideBefore = await arena.outside();
  library = await FileLibrary.open(arena.library);
  const tree = await library.list();
  talks = new Map(
    tree.conferences
      .flatMap((c) => c.talks)
      .map((t) => [t.path.split('/')[1].replace(/\.md$/, ''), t]),
  );
}, 180_000);

afterAll(async () => {
  tally.print();
  expect(tally.count('library')).toBe(notes.length + NAME_CASES.length);
  await library.close();
  expect(await markerExists(arena.arm)).toBe(false);
  await arena.cleanup();
});

describe('opening hostile notes', () => {
  it.each(notes)('$id opens, runs nothing, names its problems', async (note) => {
    tally.add('library', note.id);
    const summary = talks.get(note.id);
    expect(summary, `${note.id} is listed`).toBeDefined();
    const doc = await library.readTalk(summary!.id);
    expect(typeof doc.body).toBe('string');
    if (
      note.id.startsWith('bytes-invalid') ||
      note.id.startsWith('bytes-overlong') ||
      note.id.startsWith('bytes-lone')
    ) {
      expect(doc.problems.join('\n')).toMatch(/UTF-8/);
    }
    if (note.id === 'bytes-nul-bytes') expect(doc.problems.join('\n')).toMatch(/NUL/);
    if (
      note.id.startsWith('fm-') &&
      !/^fm-(js-engine|javascript-engine|unclosed|proto-pollution)/.test(note.id)
    ) {
      // Every front-matter attack is named to the user (refused tag, alias cap, size, wrong field…).
      expect(doc.problems.length, `${note.id}: ${doc.problems.join('; ')}`).toBeGreaterThan(0);
    }
    expect(JSON.stringify(doc)).not.toContain(arena.secretToken);
  });

  it('never resolves an image outside the library, by any path or link', async () => {
    const images = notes.filter((n) => n.id.startsWith('image-'));
    expect(images.length).toBeGreaterThan(10);
    for (const note of images) {
      const src = /!\[slide\]\(<?([^>)]*)>?\)/.exec(String(note.content))?.[1] ?? '';
      const error = await library.resolveAsset(talks.get(note.id)!.id, src).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `${note.id} (${src})`).toBeInstanceOf(CoreError);
    }
  });

  it('does not follow symbolic links to talks or conferences out of the library', async () => {
    const tree = await library.list();
    expect(JSON.stringify(tree)).not.toContain(arena.secretToken);
    expect(tree.conferences.map((c) => c.folder)).toEqual([folder]);
    expect([...talks.keys()]).not.toContain('leak');
  });

  it('leaves every file exactly as it was and touches nothing outside', async () => {
    expect(await fingerprint(arena.library)).toEqual(before);
    expect(await arena.outside()).toEqual(outsideBefore);
    // YAML `__proto__` and `constructor.prototype` keys stay data.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('files named after hostile titles', () => {
  it.each(NAME_CASES)('$id: $expected', async (name) => {
    tally.add('library', name.id);
    let created: ConferenceDocument;
    try {
      created = await library.createConference({ title: name.name });
    } catch (error) {
      // Refusing is fine when it says why in words.
      expect(error).toBeInstanceOf(CoreError);
      return;
    }
    assertPortablePath(created.path);
    expect(created.meta.title).toBe(name.name);
    const talk = await library.createTalk(created.id, { title: name.name });
    assertPortablePath(talk.path);
    expect(talk.meta.title).toBe(name.name);
    const asset = await library.saveAsset(
      talk.id,
      `${name.name}.png`,
      new Uint8Array([0x89, 0x50]),
    );
    assertPortablePath(`${created.folder}/${asset.src}`);
    expect(await readdir(join(arena.library, created.folder, 'assets'))).toHaveLength(1);
    expect(await arena.outside()).toEqual(outsideBefore);
  });
});
