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
 * engine's budgets per block (shared/markdown/pathological.ts: delimiter
 * runs, nesting depth, size) and the stand-in that keeps such a block
 * verbatim without parsing it (standIn.ts). Without them, 65,535 nested
 * `*a **a` runs take micromark hours (quadratic emphasis matching), 4,000 of
 * them overflow the stack in the GFM autolink pass, 2,000 nested `>`
 * overflow the stack when written back, 4,000 `- - -` take 18 s and then
 * overflow, and a 10 MB line takes 20 s or more per parse. The time bound is
 * the test's timeout, not a timing assertion.
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
      // (trimEnd, not /\s+$/: that pattern is quadratic over deep indentation.)
      expect(written.trimEnd().length).toBeGreaterThanOrEqual(text.trimEnd().length * 0.9);
      expect(normalizeMarkdown(written)).toBe(written);
      expect(typeof markdownToPlainText(text)).toBe('string');
    },
    120_000,
  );

  const nesting = noteCases(arm).filter(
    (c) => /^(nested|open)-/.test(c.id) && String(c.content).startsWith('Before the keynote.'),
  );
  it.each(nesting.filter((c) => !c.id.includes('parens')))(
    '$id: the deep block is one raw block between ordinary paragraphs, the file unchanged',
    (note) => {
      const text = String(note.content);
      const tree = parseMarkdown(text);
      expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'html', 'paragraph']);
      const block = text.slice(
        'Before the keynote.\n\n'.length,
        -'\n\nAfter the keynote.\n'.length,
      );
      expect(tree.children[1]).toMatchObject({ type: 'html', value: block });
      expect(tree.children[2].position?.start).toMatchObject({
        offset: text.indexOf('After'),
        line: text.slice(0, text.indexOf('After')).split('\n').length,
        column: 1,
      });
      // Opening and saving unedited never changes the file.
      expect(normalizeMarkdown(text)).toBe(text);
      expect(markdownToPlainText(text)).toContain('After the keynote.');
    },
    60_000,
  );

  it.each(nesting.filter((c) => c.id.includes('parens')))(
    '$id: parentheses do not nest in Markdown; read as text, the file unchanged',
    (note) => {
      const text = String(note.content);
      expect(parseMarkdown(text).children.map((c) => c.type)).toEqual([
        'paragraph',
        'paragraph',
        'paragraph',
      ]);
      expect(markdownToPlainText(text)).toContain('(((((');
      expect(typeof normalizeMarkdown(text)).toBe('string');
    },
  );

  it('keeps a 10 MB line whole, and its words searchable', () => {
    const line = 'confnotes '.repeat(1024 * 1024);
    const text = `# Keynote\n\n${line}\n\n**Take-away**: budgets.\n`;
    const tree = parseMarkdown(text);
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'html', 'paragraph']);
    expect(stringifyMarkdown(tree)).toBe(text);
    expect(markdownToPlainText(text).split('\n')).toEqual([
      'Keynote',
      line.trim(),
      'Take-away: budgets.',
    ]);
  }, 60_000);

  it('keeps a long block inside a code fence or a list in its place', () => {
    const long = 'x'.repeat(200_000);
    const fenced = `~~~\n${long}\n\nmore code\n~~~\n\nAfter.\n`;
    expect(parseMarkdown(fenced).children.map((c) => c.type)).toEqual(['html', 'paragraph']);
    expect(normalizeMarkdown(fenced)).toBe(fenced);
    const listed = `- item\n\n  ${long}\n- next\n\nAfter.\n`;
    expect(parseMarkdown(listed).children.map((c) => c.type)).toEqual(['html', 'paragraph']);
    expect(normalizeMarkdown(listed)).toBe(listed);
  });

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
