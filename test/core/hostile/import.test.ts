import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createImportService,
  type ImportService,
} from '../../../electron/core/import/importService';
import { ExportService } from '../../../electron/core/export/exportService';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { EXPORT_FLAVORS } from '../../../shared/ipc/export';
import type { ImportReport } from '../../../shared/ipc/import';
import { parseMarkdown, splitFrontMatter } from '../../../shared/markdown';
import {
  clipboardCases,
  feedCases,
  frontMatterCases,
  htmlCases,
  NAME_CASES,
  noteCases,
  type HostileCase,
} from '../../fixtures/hostile/cases';
import { isAllowedUrl } from '../../fixtures/hostile/dangers';
import { publishedDangers, strictDangers, trustingDangers } from '../../fixtures/hostile/render';
import { Tally } from '../../fixtures/hostile/tally';
import { createArena, filesContaining, markerExists } from './arena';
import { assertPortablePath } from './portable';

/**
 * Every hostile case as a file to import (electron/core/import through a real
 * FileLibrary). Protections covered: rehype-sanitize on HTML pages and feed
 * entries (htmlToTree.ts), entity declarations refused and entities never
 * expanded (feed.ts), YAML-only front matter with aliases capped
 * (postMeta.ts), images only from inside the imported folder with realpath
 * (localImages.ts), link targets the opener refuses dropped from Markdown
 * notes (unsafeLinks.ts), size and encoding checks (readSources.ts), and the
 * library's portable names. Sources are never changed, nothing outside the
 * library is written, the secret next to it never copied in. Then the whole
 * imported library is exported in every flavour, as a site that trusts raw
 * HTML and every link target would publish it: nothing live (publishSafe.ts).
 */
const arena = createArena('import');
const tally = new Tally();
let library: FileLibrary;
let importer: ImportService;
let outsideBefore: Record<string, string>;

const page = (c: HostileCase & { html: string }) =>
  `<!doctype html><html><head><title>Talk ${c.id}</title></head><body><article><h1>Talk ${c.id}</h1>` +
  `<p>Notes before.</p>${c.html}<p>Notes after.</p></article></body></html>\n`;
/** A file name for a name case when the name is one Linux allows, else the case id. */
const fileNameOf = (name: string, id: string) =>
  /[/\0]/.test(name) || name === '.' || name === '..' || Buffer.byteLength(name) > 250
    ? `name-${id}.md`
    : `${name}.md`;

/** Every link, image and definition target in Markdown, as the one engine reads it. */
function linkTargets(markdown: string): string[] {
  const found: string[] = [];
  const walk = (node: { url?: string; children?: unknown[] }) => {
    if (typeof node.url === 'string') found.push(node.url);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(parseMarkdown(markdown));
  return found;
}

interface Source {
  case: HostileCase;
  path: string;
  /** HTML and feeds go through the sanitiser: trusted raw HTML must be safe too. */
  sanitised: boolean;
  refused?: boolean;
}
const sources: Source[] = [
  ...[...noteCases(arena.arm), ...frontMatterCases(arena.arm)].map((c) => ({
    case: c,
    path: join(arena.sources, 'notes', `${c.id}.md`),
    sanitised: false,
  })),
  ...[...htmlCases(arena.arm), ...clipboardCases(arena.arm)].map((c) => ({
    case: c,
    path: join(arena.sources, 'pages', `${c.id}.html`),
    sanitised: true,
  })),
  ...feedCases(arena.arm).map((c) => ({
    case: c,
    path: join(arena.sources, 'feeds', `${c.id}.xml`),
    sanitised: true,
    refused: c.outcome === 'refused',
  })),
  ...NAME_CASES.map((c) => ({
    case: c,
    path: join(arena.sources, 'names', fileNameOf(c.name, c.id)),
    sanitised: false,
  })),
];

beforeAll(async () => {
  for (const folder of ['notes', 'pages', 'feeds', 'names'])
    await mkdir(join(arena.sources, folder));
  for (const c of noteCases(arena.arm))
    await writeFile(join(arena.sources, 'notes', `${c.id}.md`), c.content);
  for (const c of frontMatterCases(arena.arm))
    await writeFile(join(arena.sources, 'notes', `${c.id}.md`), c.content);
  for (const c of [...htmlCases(arena.arm), ...clipboardCases(arena.arm)])
    await writeFile(join(arena.sources, 'pages', `${c.id}.html`), page(c));
  for (const c of feedCases(arena.arm))
    await writeFile(join(arena.sources, 'feeds', `${c.id}.xml`), c.xml);
  for (const c of NAME_CASES) {
    const title = JSON.stringify(c.name);
    await writeFile(
      join(arena.sources, 'names', fileNameOf(c.name, c.id)),
      `---\ntitle: ${title}\nconference: ${title}\n---\n\nNotes.\n`,
    );
  }
  // An image in the notes folder that is a link to the secret beside the library.
  await mkdir(join(arena.sources, 'notes', 'assets'));
  await symlink(arena.arm.secret, join(arena.sources, 'notes', 'assets', 'escape.png'));
  library = await FileLibrary.open(arena.library);
  importer = createImportService(library);
  outsideBefore = await arena.outside();
});

afterAll(async () => {
  tally.print();
  expect(tally.count('import')).toBe(sources.length);
  await library.close();
  await arena.cleanup();
});

describe('importing hostile files', () => {
  it.each(sources)(
    '$case.id: $case.expected',
    async (source) => {
      tally.add('import', source.case.id);
      const report: ImportReport = await importer.run({ paths: [source.path] });
      const talks = report.conferences.flatMap((c) => c.talks);
      if (source.refused) {
        expect(talks).toEqual([]);
        expect(report.skipped.map((s) => s.source)).toContain(source.path);
        expect(report.skipped[0].reason.length).toBeGreaterThan(10);
      }
      for (const talk of talks) {
        if (talk.id === null) throw new Error('an imported talk has no id');
        const doc = await library.readTalk(talk.id);
        assertPortablePath(doc.path);
        const conference = await library.readConference(doc.conferenceId);
        // Large cases hold no markup, only size and nesting (a deeply nested
        // render would overflow the checking HTML parser, not the app).
        if ('large' in source.case && source.case.large === true) continue;
        // Feed and page HTML is sanitised, so even a renderer that trusts raw HTML finds nothing live.
        const dangers = source.sanitised
          ? [...trustingDangers(doc.body), ...trustingDangers(conference.body)]
          : strictDangers(doc.body, { scriptUrlsOnly: true });
        expect(dangers, `${source.case.id}: ${doc.body.slice(0, 300)}`).toEqual([]);
        // A Markdown note's own link targets are held to the opener's rule on the way in
        // (unsafeLinks.ts): web and mail links, relative ones, local files only revealed.
        for (const url of linkTargets(doc.body))
          expect(isAllowedUrl(url) || url.startsWith('file:///'), `${source.case.id}: ${url}`).toBe(
            true,
          );
        for (const link of Object.values(doc.meta.links ?? {}))
          expect(link).toMatch(/^https?:\/\//);
      }
      // Sources untouched, nothing written outside the library, the secret never copied in, nothing ran.
      expect(await arena.outside()).toEqual(outsideBefore);
      expect(await filesContaining(arena.library, arena.secretToken)).toEqual([]);
      expect(await markerExists(arena.arm)).toBe(false);
    },
    120_000,
  );

  it('publishes what every hostile file imported, in every flavour, with nothing live', async () => {
    const exporter = new ExportService(library);
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
      for (const file of result.files) {
        assertPortablePath(file.path);
        if (file.kind !== 'note') continue;
        const { body } = splitFrontMatter(await readFile(join(destination, file.path), 'utf8'));
        // Bodies from the large cases would overflow the checking HTML parser, not the app.
        if (body.length < 100_000) expect(publishedDangers(body), file.path).toEqual([]);
      }
    }
    expect(await filesContaining(arena.destination, arena.secretToken)).toEqual([]);
    expect(await arena.outside()).toEqual(outsideBefore);
  }, 300_000);

  it('names every link field it leaves out because it is not a web address', async () => {
    const feed = sources.find((s) => s.case.id === 'feed-hostile-link')!;
    const report = await importer.preview({ paths: [feed.path] });
    expect(report.skipped.map((s) => s.reason)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"javascript:alert\(1\)" is not a web address/),
      ]),
    );
    const note = join(arena.sources, 'front-matter-links.md');
    await writeFile(
      note,
      '---\ntitle: Links\nvideo: "javascript:alert(1)"\nslides: https://slides.example/a\n---\n\nNotes.\n',
    );
    const notes = await importer.preview({ paths: [note] });
    expect(notes.skipped).toEqual([
      { source: note, reason: expect.stringMatching(/its video link .* is not a web address/) },
    ]);
  });

  it('keeps the bytes of imported Markdown (nothing of the note is lost)', async () => {
    const source = sources.find((s) => s.case.id === 'html-img-onerror')!;
    const text = await readFile(source.path, 'utf8');
    const tree = await library.list();
    const talk = tree.conferences
      .flatMap((c) => c.talks)
      .find((t) => t.meta.source === source.path);
    if (!talk) throw new Error('html-img-onerror was not imported');
    expect((await library.readTalk(talk.id)).body).toBe(text);
  });
});
