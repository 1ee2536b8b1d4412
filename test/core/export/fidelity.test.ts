import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Parser, type Node } from 'commonmark';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../shared/markdown';
import {
  CAMS_NOTES,
  CHAOS_NOTES,
  INTRO_NOTES,
  makeFixture,
  type ExportFixture,
} from './exportFixture';
import { parseTokens, sectionTokens, structureOf } from './renderedStructure';

/**
 * The export must read the same as the notes: rendered by independent
 * renderers (markdown-it for CommonMark + GFM, commonmark.js for the
 * reference CommonMark), an exported section shows the same text, headings
 * (one level further down), lists, quotes, tables, links and images (the same
 * image bytes) as the note it came from.
 */
let fixture: ExportFixture;
beforeEach(async () => {
  fixture = await makeFixture();
});
afterEach(() => fixture.cleanup());

const shift = (by: number) => (level: number) => Math.min(6, level + by);
const CAMS_HEADING = 'CAMS *Then* and Now — Thomas “VikingOps” Krag, Jane Doe';
const CHAOS_HEADING = 'Gamification of Chaos Testing — Bram Vogelaar';

function source(markdown: string, fixtureFolder: string, level?: (l: number) => number) {
  return structureOf(parseTokens(markdown), { baseDir: fixtureFolder, level });
}

describe('a conference exported as one post, rendered by markdown-it', () => {
  it.each(['hugo', 'jekyll', 'obsidian', 'plain'] as const)(
    'matches the notes (%s)',
    async (flavor) => {
      const out = join(fixture.base, 'out');
      const result = await fixture.exporter.run(
        fixture.request({
          scope: { kind: 'conference', id: fixture.folder },
          flavor,
          destination: out,
          toc: true,
        }),
      );
      const post = result.files.find((file) => file.kind === 'note')!.path;
      const postDir = dirname(join(out, post));
      const { body } = splitFrontMatter(await readFile(join(out, post), 'utf8'));
      const tokens = parseTokens(body);
      const libraryFolder = join(fixture.library.root, fixture.folder);

      // The talks' own headings: `#` notes land at `###`, `##` notes too, `######` stays at 6.
      const cams = sectionTokens(tokens, CAMS_HEADING);
      // A Jekyll post links its images from the site root, which is the destination.
      const where = { baseDir: postDir, siteRoot: out };
      const [links, ...camsNotes] = splitLinks(structureOf(cams, where));
      expect(links).toBe(
        'text:[a https://video.example/cams Video] · [a https://slides.example/cams%20deck.pdf Slides]',
      );
      expect(camsNotes).toEqual(source(CAMS_NOTES, libraryFolder, shift(2)));
      const chaos = structureOf(sectionTokens(tokens, CHAOS_HEADING), where);
      expect(chaos).toEqual(source(CHAOS_NOTES, libraryFolder, shift(1)));

      // Talks in time order, after the introduction and the table of contents.
      const h2 = tokens
        .filter((t, i) => t.type === 'inline' && tokens[i - 1]?.tag === 'h2')
        .map((t) => (t.children ?? []).map((child) => child.content).join(''));
      expect(h2).toEqual([CAMS_HEADING, CHAOS_HEADING]);
      const intro = structureOf(parseTokens(body.slice(0, body.indexOf('- [CAMS'))), where);
      const title = flavor === 'plain' ? ['h1', 'text:All Day DevOps 2021'] : [];
      expect(intro).toEqual([...title, ...source(INTRO_NOTES, libraryFolder)]);
    },
  );
});

describe('one talk as one file', () => {
  it.each(['hugo', 'jekyll', 'obsidian', 'plain'] as const)(
    'matches its note (%s)',
    async (flavor) => {
      const out = join(fixture.base, `talk-${flavor}`);
      const result = await fixture.exporter.run(
        fixture.request({ scope: { kind: 'talk', id: fixture.chaosId }, flavor, destination: out }),
      );
      const file = join(out, result.files.find((f) => f.kind === 'note')!.path);
      const { body } = splitFrontMatter(await readFile(file, 'utf8'));
      const exported = structureOf(parseTokens(body), { baseDir: dirname(file), siteRoot: out });
      const heading = flavor === 'plain' ? ['h1', `text:${CHAOS_HEADING}`] : [];
      expect(exported).toEqual([
        ...heading,
        ...source(CHAOS_NOTES, join(fixture.library.root, fixture.folder), shift(0)),
      ]);
    },
  );
});

describe('rendered by commonmark.js', () => {
  it('shows the same headings, paragraphs, quotes, lists, links and images', async () => {
    const out = join(fixture.base, 'cm');
    const result = await fixture.exporter.run(
      fixture.request({
        scope: { kind: 'talk', id: fixture.camsId },
        flavor: 'plain',
        destination: out,
      }),
    );
    const file = join(out, result.files.find((f) => f.kind === 'note')!.path);
    const exported = commonmarkSummary(await readFile(file, 'utf8'), dirname(file), 0);
    const expected = commonmarkSummary(CAMS_NOTES, join(fixture.library.root, fixture.folder), 0);
    // The plain file adds its title and the talk's links above the notes.
    const top = [
      `heading1:${CAMS_HEADING}`,
      'paragraph',
      'link:https://video.example/cams',
      'text:Video',
      'text: · ',
      'link:https://slides.example/cams%20deck.pdf',
      'text:Slides',
    ];
    expect(exported.slice(0, top.length)).toEqual(top);
    expect(exported.slice(top.length)).toEqual(expected);
    expect(expected).toContain('link:https://www.chef.io/blog/what-devops-means-to-me');
  });
});

/** The block quote / link summary of a document; GFM tables are not CommonMark, so left out. */
function commonmarkSummary(markdown: string, baseDir: string, headingShift: number): string[] {
  const walker = new Parser().parse(markdown).walker();
  const out: string[] = [];
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    const node: Node = event.node;
    const text = () => plain(node);
    if (node.type === 'heading')
      out.push(`heading${Math.min(6, node.level + headingShift)}:${text()}`);
    else if (node.type === 'paragraph' && !text().startsWith('|')) out.push('paragraph');
    else if (node.type === 'block_quote' || node.type === 'list' || node.type === 'item')
      out.push(node.type);
    else if (node.type === 'code_block') out.push(`code:${node.info}:${node.literal}`);
    else if (node.type === 'link') out.push(`link:${node.destination}`);
    else if (node.type === 'image') out.push(`image:${fileHash(baseDir, node.destination ?? '')}`);
    else if (node.type === 'text' && node.parent?.type !== 'heading')
      out.push(`text:${node.literal}`);
  }
  return out.filter((entry) => !entry.startsWith('text:|'));
}

function plain(node: Node): string {
  let text = '';
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (event.entering && event.node.literal && event.node.type !== 'code_block')
      text += event.node.literal;
  }
  return text;
}

function fileHash(baseDir: string, url: string): string {
  try {
    const bytes = readFileSync(join(baseDir, ...decodeURIComponent(url).split('/')));
    return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  } catch {
    return `missing:${url}`;
  }
}

/** The section's first paragraph (the talk's links) and the rest. */
function splitLinks(structure: string[]): [string, ...string[]] {
  expect(structure[0]).toBe('p');
  return [structure[1], ...structure.slice(2)];
}
