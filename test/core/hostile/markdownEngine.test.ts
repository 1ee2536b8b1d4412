import { afterAll, describe, expect, it } from 'vitest';
import {
  markdownToPlainText,
  normalizeMarkdown,
  parseMarkdown,
  stringifyMarkdown,
} from '../../../shared/markdown';
import { noteCases } from '../../fixtures/hostile/cases';
import { Tally } from '../../fixtures/hostile/tally';

/**
 * cmark's pathological inputs through the one Markdown engine, which every
 * path (editor, search, export, import) uses. Protection covered: the
 * engine's delimiter budget (shared/markdown/pathological.ts). Without it,
 * 65,535 nested `*a **a` runs take micromark hours (quadratic emphasis
 * matching) and 4,000 of them overflow the stack in the GFM autolink pass;
 * with it, an over-budget block is kept verbatim as raw text. The time
 * bound is the test's timeout, not a timing assertion.
 */
const arm = { marker: '/nonexistent/marker', secret: '/nonexistent/secret' };
const cases = noteCases(arm).filter((c) => c.large === true);
const tally = new Tally();
afterAll(() => tally.print());

describe('pathological Markdown finishes and keeps its text', () => {
  it.each(cases)(
    '$id: $expected',
    (note) => {
      tally.add('markdown engine', note.id);
      const text = String(note.content);
      const tree = parseMarkdown(text);
      // Nothing lost: writing the tree back gives the same text, give or take
      // the trailing newline and the house style of ordinary blocks.
      const written = stringifyMarkdown(tree);
      expect(written.replace(/\s+$/, '').length).toBeGreaterThanOrEqual(
        text.replace(/\s+$/, '').length * 0.9,
      );
      expect(normalizeMarkdown(written)).toBe(written);
      expect(typeof markdownToPlainText(text)).toBe('string');
    },
    120_000,
  );

  it('leaves ordinary emphasis alone', () => {
    const note = `${'Some *emphasis* and **strong** words. '.repeat(200)}\n\nA [link](https://example.com).\n`;
    const tree = parseMarkdown(note);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
    expect(normalizeMarkdown(note)).toContain('_emphasis_');
  });

  it('keeps an over-budget block verbatim while the blocks around it stay Markdown', () => {
    const bomb = `${'*a **a '.repeat(3000)}b${' a** a*'.repeat(3000)}`;
    const note = `# Keynote\n\nSome *emphasis*.\n\n${bomb}\n\n- a list\n`;
    const tree = parseMarkdown(note);
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'html', 'list']);
    expect(stringifyMarkdown(tree)).toContain(bomb);
  }, 60_000);
});
