import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ExportService } from '../../../electron/core/export/exportService';
import { EXPORT_FLAVORS } from '../../../shared/ipc/export';
import { splitFrontMatter } from '../../../shared/markdown';
import { frontMatterCases, htmlCases, NAME_CASES, noteCases } from '../../fixtures/hostile/cases';
import { publishedDangers, trustingDangers } from '../../fixtures/hostile/render';
import { Tally } from '../../fixtures/hostile/tally';
import { createArena, filesContaining, fingerprint, markerExists } from './arena';
import { buildHostileLibrary, type HostileLibrary } from './hostileLibrary';
import { assertPortablePath } from './portable';

/**
 * The corpus through the export (electron/core/export), rendered as a site
 * that trusts everything would (raw HTML and every link target: kramdown).
 * Protections covered: raw HTML GitHub's sanitiser would change is written
 * as text, script and file links lose their target (publishSafe.ts,
 * rawHtml.ts); only the notes' own images are copied: from the conference
 * folder or its assets/, no dot-folder, bytes that say image (imageFiles.ts);
 * link fields are web addresses only (flavorFrontMatter.ts); file names
 * stay portable, bounded and inside the destination (fileNames.ts,
 * destination.ts). `keepHtml` keeps raw HTML as written; every byte the
 * export changes in a note is named in a warning.
 */
const arena = createArena('export');
const tally = new Tally();
let hostile: HostileLibrary;
let exporter: ExportService;
let libraryBefore: Record<string, string>;
let outsideBefore: Record<string, string>;
/** sha256 of every file a note of the library may show as its image: conference folders and assets/. */
let ownImages: Set<string>;

beforeAll(async () => {
  hostile = await buildHostileLibrary(arena);
  exporter = new ExportService(hostile.library);
  libraryBefore = await fingerprint(arena.library);
  outsideBefore = await arena.outside();
  ownImages = await imagesOfConferences(hostile);
}, 120_000);

afterAll(async () => {
  tally.print();
  expect(tally.count('export')).toBe(hostile.notes.length + NAME_CASES.length);
  await hostile.library.close();
  expect(await markerExists(arena.arm)).toBe(false);
  await arena.cleanup();
});

const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;
const RASTER = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
];

describe('exporting hostile notes', () => {
  it('exports the whole library in every flavour: only the notes’ own images, nothing live', async () => {
    for (const flavor of EXPORT_FLAVORS) {
      const destination = join(arena.destination, flavor);
      const result = await exporter.run({
        scope: { kind: 'library' },
        flavor,
        folder: true,
        destination,
        images: 'images',
        force: false,
        toc: false,
        keepHtml: false,
      });
      expect(result.notes).toBeGreaterThan(hostile.notes.length);
      const realDestination = await realpath(destination);
      for (const file of result.files) {
        assertPortablePath(file.path);
        const written = join(destination, file.path);
        expect(relative(realDestination, await realpath(written))).not.toMatch(/^\.\./);
        if (file.kind === 'image') {
          const bytes = await readFile(written);
          expect(
            RASTER.some((magic) => magic.every((b, i) => bytes[i] === b)),
            file.path,
          ).toBe(true);
          expect(ownImages.has(sha256(bytes)), file.path).toBe(true);
        } else {
          const text = await readFile(written, 'utf8');
          for (const url of linkFields(text)) expect(url, file.path).toMatch(/^https?:\/\//);
        }
      }
      // The conference as one post, too: every talk's heading in one file.
      for (const id of hostile.conferenceIds) {
        const post = await exporter.run({
          scope: { kind: 'conference', id },
          flavor,
          folder: false,
          destination: join(destination, 'posts'),
          images: 'images',
          force: false,
          toc: true,
          keepHtml: false,
        });
        for (const file of post.files) assertPortablePath(file.path);
        const refused = post.warnings.filter((w) => w.code === 'refused-image').map((w) => w.src);
        if (id === hostile.conferenceIds[0]) {
          expect(refused).toEqual(
            expect.arrayContaining([
              '../.git/config',
              '.hidden/slide.png',
              '../named-con-2023/assets/slide.png',
              'assets/notes.png',
              'assets/diagram.svg',
              'assets/config.png',
            ]),
          );
        }
      }
    }
    expect(await filesContaining(arena.destination, arena.secretToken)).toEqual([]);
    expect(await fingerprint(arena.library)).toEqual(libraryBefore);
    expect(await arena.outside()).toEqual(outsideBefore);
  }, 300_000);

  it.each(NAME_CASES)(
    '$id: titles, speakers and links become escaped text and web links only',
    async (name) => {
      tally.add('export', name.id);
      const talkId = hostile.talkOf.get(name.id)!;
      for (const flavor of EXPORT_FLAVORS) {
        const { markdown } = await exporter.talkMarkdown(talkId, flavor);
        // Everything in this note's body was written by the export itself: no
        // trust needed anywhere. (Front matter is data for the site's templates,
        // which a renderer never shows as Markdown.)
        const { body } = splitFrontMatter(markdown);
        expect(trustingDangers(body), `${flavor}: ${body}`).toEqual([]);
        for (const url of linkFields(markdown)) expect(url).toMatch(/^https?:\/\//);
      }
    },
  );

  it.each([...noteCases(arena.arm), ...frontMatterCases(arena.arm)])(
    '$id: nothing live published; every byte changed is named in a warning',
    async (note) => {
      tally.add('export', note.id);
      const talkId = hostile.talkOf.get(note.id);
      expect(talkId, note.id).toBeDefined();
      const doc = await hostile.library.readTalk(talkId!);
      for (const flavor of EXPORT_FLAVORS) {
        const { markdown, warnings } = await exporter.talkMarkdown(talkId!, flavor);
        const defused = warnings.filter((w) => w.code === 'raw-html' || w.code === 'unsafe-link');
        // Kept byte for byte, or changed with a warning that says why.
        if (!markdown.includes(doc.body))
          expect(defused.length, `${note.id} (${flavor}) changed silently`).toBeGreaterThan(0);
        // Deeply nested cases would overflow the checking HTML parser, not the app.
        if (note.large === true) continue;
        const { body } = splitFrontMatter(markdown);
        expect(publishedDangers(body), `${note.id} (${flavor}): ${body.slice(0, 300)}`).toEqual([]);
      }
    },
    60_000,
  );

  it.each(noteCases(arena.arm).filter((c) => c.id.startsWith('image-')))(
    '$id: no file copied, the reason reported',
    async (note) => {
      const destination = join(arena.destination, 'talks', note.id);
      const result = await exporter.run({
        scope: { kind: 'talk', id: hostile.talkOf.get(note.id)! },
        flavor: 'plain',
        folder: false,
        destination,
        images: 'images',
        force: false,
        toc: false,
        keepHtml: false,
      });
      expect(result.images).toBe(0);
      expect(result.files.map((file) => file.kind)).toEqual(['note']);
      expect(await filesContaining(destination, arena.secretToken)).toEqual([]);
    },
  );

  it.each(htmlCases(arena.arm))('$id: kept as written with keepHtml', async (c) => {
    const talkId = hostile.talkOf.get(`html-${c.id}`)!;
    const doc = await hostile.library.readTalk(talkId);
    const kept = await exporter.talkMarkdown(talkId, 'plain', true);
    expect(kept.markdown).toContain(doc.body);
    expect(kept.warnings.filter((w) => w.code === 'raw-html')).toEqual([]);
  });
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The link fields of an exported file's front matter. */
function linkFields(text: string): string[] {
  const { yaml } = splitFrontMatter(text);
  const data = (yaml ? parse(yaml) : {}) as Record<string, unknown>;
  return ['url', 'page', 'video', 'slides']
    .map((key) => data[key])
    .filter((value): value is string => typeof value === 'string');
}

/** Hashes of the regular image files in each conference folder and its assets/ (dot-folders left out). */
async function imagesOfConferences(library: HostileLibrary): Promise<Set<string>> {
  const hashes = new Set<string>();
  const add = async (dir: string, deep: boolean): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory() && deep) await add(path, true);
      else if (entry.isFile() && IMAGE.test(entry.name) && !(await lstat(path)).isSymbolicLink())
        hashes.add(sha256(await readFile(path)));
    }
  };
  for (const conference of (await library.library.list()).conferences) {
    const folder = join(arena.library, conference.folder);
    await add(folder, false);
    await add(join(folder, 'assets'), true).catch(() => {});
  }
  return hashes;
}
