import { readFile, realpath } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportService } from '../../../electron/core/export/exportService';
import { EXPORT_FLAVORS } from '../../../shared/ipc/export';
import { splitFrontMatter } from '../../../shared/markdown';
import { NAME_CASES } from '../../fixtures/hostile/cases';
import { strictDangers, trustingDangers } from '../../fixtures/hostile/render';
import { Tally } from '../../fixtures/hostile/tally';
import { createArena, filesContaining, fingerprint, markerExists } from './arena';
import { buildHostileLibrary, type HostileLibrary } from './hostileLibrary';
import { assertPortablePath } from './portable';

/**
 * The corpus through the export (electron/core/export), rendered as a site
 * would with markdown-it. Protections covered: what the export writes
 * itself (headings from titles and speakers, the links line, front matter)
 * is escaped text and only web links, so even a renderer that trusts raw
 * HTML finds nothing live in it; images outside the library are never copied
 * (imageCollector.ts resolves through the library's realpath check); file
 * names from titles stay portable and inside the destination (outputNames.ts,
 * destination.ts). The notes themselves are exported byte for byte.
 */
const arena = createArena('export');
const tally = new Tally();
let hostile: HostileLibrary;
let exporter: ExportService;
let libraryBefore: Record<string, string>;
let outsideBefore: Record<string, string>;

beforeAll(async () => {
  hostile = await buildHostileLibrary(arena);
  exporter = new ExportService(hostile.library);
  libraryBefore = await fingerprint(arena.library);
  outsideBefore = await arena.outside();
}, 120_000);

afterAll(async () => {
  tally.print();
  expect(tally.count('export')).toBe(hostile.notes.length + NAME_CASES.length);
  await hostile.library.close();
  expect(await markerExists(arena.arm)).toBe(false);
  await arena.cleanup();
});

describe('exporting hostile notes', () => {
  it('exports the whole library in every flavour, writing only inside the destination', async () => {
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
      });
      expect(result.notes).toBeGreaterThan(hostile.notes.length);
      const realDestination = await realpath(destination);
      for (const file of result.files) {
        assertPortablePath(file.path);
        expect(relative(realDestination, await realpath(join(destination, file.path)))).not.toMatch(
          /^\.\./,
        );
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
        });
        for (const file of post.files) assertPortablePath(file.path);
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
      }
    },
  );

  it('keeps every hostile note byte for byte, and renders nothing that runs', async () => {
    for (const note of hostile.notes) {
      tally.add('export', note.id);
      const talkId = hostile.talkOf.get(note.id);
      expect(talkId, note.id).toBeDefined();
      const doc = await hostile.library.readTalk(talkId!);
      for (const flavor of EXPORT_FLAVORS) {
        const { markdown } = await exporter.talkMarkdown(talkId!, flavor);
        expect(markdown.includes(doc.body), `${note.id} keeps its body (${flavor})`).toBe(true);
        if (note.large === true) continue;
        // The user's own raw HTML is theirs to publish; a standard renderer runs none of it.
        expect(strictDangers(markdown, { scriptUrlsOnly: true }), `${note.id} (${flavor})`).toEqual(
          [],
        );
      }
    }
    const exported = await readFile(join(arena.destination, 'plain', 'posts'), 'utf8').catch(
      () => '',
    );
    expect(exported).not.toContain(arena.secretToken);
  }, 300_000);
});
