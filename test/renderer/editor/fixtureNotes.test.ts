import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { markdownToPlainText, normalizeMarkdown } from '../../../shared/markdown';
import { blockTypes, openMarkdown, readMarkdown, roundTrip } from './headlessEditor';
import { gfmHtml } from './referenceHtml';
import { sharedNotesDir } from '../../helpers/sharedFixtures';

/** Three attendees' plain-text write-ups of whole conferences (shared, read-only). */
// vitest runs from the repository root (jsdom gives import.meta.url no file: scheme).
const SHARED = sharedNotesDir();
/** The same notes written by hand as Markdown, in the house style the app writes. */
const OURS = resolve(process.cwd(), 'test/fixtures/notes');

const read = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

const sharedNotes = read(SHARED, '.txt');
const ourNotes = read(OURS, '.md');

describe('the shared plain-text notes, opened as Markdown', () => {
  test('there are notes to check', () => expect(sharedNotes.length).toBeGreaterThanOrEqual(3));

  test.each(sharedNotes)('$name keeps every line and its meaning', ({ text }) => {
    const once = roundTrip(text);
    expect(gfmHtml(once)).toBe(gfmHtml(text));
    expect(roundTrip(once)).toBe(once);
    const words = markdownToPlainText(once);
    for (const line of markdownToPlainText(text).split('\n')) expect(words).toContain(line);
  });

  test.each(sharedNotes)('$name keeps its bare URLs bare', ({ text }) => {
    const bare = text.match(/(?<=\s)https:\/\/\S+[^\s.,)]/g) ?? [];
    const once = roundTrip(text);
    for (const url of bare) expect(once).toContain(` ${url}`);
    expect(once).not.toContain('](https://');
  });

  test.each(sharedNotes)('$name, once saved by the app, reopens to the same bytes', ({ text }) => {
    const saved = normalizeMarkdown(text);
    expect(roundTrip(saved)).toBe(saved);
  });
});

describe('the notes written as Markdown (test/fixtures/notes)', () => {
  test('there are notes to check', () => expect(ourNotes.length).toBeGreaterThanOrEqual(3));

  test.each(ourNotes)('$name is in house style and round-trips byte for byte', ({ text }) => {
    expect(normalizeMarkdown(text)).toBe(text);
    const editor = openMarkdown(text);
    expect(readMarkdown(editor)).toBe(text);
  });

  test.each(ourNotes)('$name is rich text, not raw Markdown, except its footnotes', ({ text }) => {
    const types = blockTypes(openMarkdown(text));
    expect(types).toContain('heading');
    expect(types).toContain('list');
    expect(types).toContain('quote');
    const raw = types.filter((type) => type === 'raw-markdown').length;
    const footnoteBlocks = text.split('\n\n').filter((block) => block.includes('[^')).length;
    expect(raw).toBe(footnoteBlocks);
  });
});
