import { describe, expect, it } from 'vitest';
import {
  fitName,
  isReservedName,
  MAX_NAME_BYTES,
  readableStem,
  slugify,
  uniqueName,
} from '../../../electron/core/library/fileNames';

describe('slugify', () => {
  it('makes a readable stem from a talk title', () => {
    expect(slugify('Gamification of Chaos Testing — Bram Vogelaar')).toBe(
      'gamification-of-chaos-testing-bram-vogelaar',
    );
    expect(slugify('Café Ünïcode: “Quotes”')).toBe('cafe-unicode-quotes');
  });

  it('cuts a long title at a word boundary, never mid-word', () => {
    const title =
      'Call for Code with The Linux Foundation: Contributing to Tech-for-Good Even if You’re Not Techincal';
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe(
      'call-for-code-with-the-linux-foundation-contributing-to-tech-for-good-even-if',
    );
    // A slug is its own slug, so renames compare stems reliably.
    expect(slugify(slug)).toBe(slug);
  });

  it('cuts one very long word where it must', () => {
    expect(slugify('x'.repeat(300))).toBe('x'.repeat(80));
    expect(slugify(`a ${'y'.repeat(300)}`)).toBe(`a-${'y'.repeat(78)}`);
  });

  it('never returns an empty, reserved or flag-like name', () => {
    expect(slugify('---', 'talk')).toBe('talk');
    expect(slugify('CON')).toBe('con-note');
    expect(slugify('-rf /')).toBe('rf');
  });
});

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('names bounded in bytes', () => {
  it('cuts a long CJK title on a character boundary, with a short hash, under the bound', () => {
    const title = '会議'.repeat(60);
    const slug = slugify(title);
    expect(bytes(slug)).toBeLessThanOrEqual(160);
    expect(slug).toMatch(/^(会議)+会?-[0-9a-f]{6}$/);
    // A temporary file beside the note stays under the 255 bytes file systems allow.
    expect(bytes(`.${uniqueName(slug, '.md', () => false)}.0123456789ab.tmp`)).toBeLessThan(255);
    // Two titles that share the bytes kept still get two names.
    const half = '会議'.repeat(30);
    expect(slugify(`${half}A${half}`)).not.toBe(slugify(`${half}B${half}`));
    expect(slugify(slug)).toBe(slug);
  });

  it('never splits an emoji sequence or a letter from its accent', () => {
    const family = '👩‍👩‍👧';
    const name = fitName(family.repeat(40), '.md');
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.replace(/-[0-9a-f]{6}\.md$/, '')).toBe(family.repeat(10));
    const readable = readableStem('e\u0301'.repeat(150));
    expect(readable.normalize('NFC').replace(/-[0-9a-f]{6}$/, '')).toMatch(/^é+$/);
  });

  it('keeps every suffix uniqueName adds inside the bound', () => {
    const stem = 'x'.repeat(199);
    const taken = new Set(['x'.repeat(199)]);
    const first = uniqueName(stem, '.md', (n) => taken.has(n));
    expect(bytes(first)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    taken.add(first.toLowerCase());
    const second = uniqueName(stem, '.md', (n) => taken.has(n));
    expect(second).not.toBe(first);
    expect(bytes(second)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(second).toMatch(/-2\.md$/);
  });

  it('leaves names that fit as they are', () => {
    expect(fitName('talk', '.md')).toBe('talk.md');
    expect(fitName('x'.repeat(197), '.md')).toBe(`${'x'.repeat(197)}.md`);
    expect(bytes(fitName('x'.repeat(198), '.md'))).toBe(MAX_NAME_BYTES);
  });
});

describe('Windows device names', () => {
  it.each(['COM¹', 'lpt³', 'NUL .txt', 'CONIN$', 'aux.tar.gz', 'com0'])(
    '%s is reserved',
    (name) => {
      expect(isReservedName(name)).toBe(true);
    },
  );

  it.each(['COM¹', 'LPT³.txt', 'NUL .txt', 'CONIN$', 'con.md'])(
    '%s becomes a readable stem Windows accepts',
    (title) => {
      const stem = readableStem(title);
      expect(isReservedName(stem), stem).toBe(false);
      expect(isReservedName(`${stem}.md`), stem).toBe(false);
      expect(isReservedName(slugify(title)), slugify(title)).toBe(false);
    },
  );

  it.each(['COM10', 'console', 'nullable', 'auxiliary'])('%s is an ordinary name', (name) => {
    expect(isReservedName(name)).toBe(false);
  });
});
