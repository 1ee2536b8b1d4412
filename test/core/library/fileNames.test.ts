import { describe, expect, it } from 'vitest';
import { slugify } from '../../../electron/core/library/fileNames';

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
