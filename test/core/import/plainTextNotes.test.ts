import { describe, expect, it } from 'vitest';
import { plainTextToTree } from '../../../electron/core/import/plainTextNotes';
import { parseMarkdown, stringifyMarkdown } from '../../../shared/markdown';
import { markdownToPlainText } from '../../../shared/markdown';

const markdown = (text: string) => stringifyMarkdown(plainTextToTree(text));

describe('plain-text notes to Markdown', () => {
  it.each([
    {
      name: 'title, talk heading, sub-heading and paragraphs',
      text: 'DevConf 2020\n\nIntro text here.\n\nScaling Postgres — Jane Doe (Acme)\n\nWhy it matters\n\nBecause it does.\n',
      md: '# DevConf 2020\n\nIntro text here.\n\n## Scaling Postgres — Jane Doe (Acme)\n\n### Why it matters\n\nBecause it does.\n',
    },
    {
      name: 'bullets of every kind, nested by indentation (tabs too)',
      text: 'Notes:\n  • one\n    • one.a\n\t- one.b\n  * two\n- three\n',
      md: 'Notes:\n\n- one\n  - one.a\n  - one.b\n- two\n- three\n',
    },
    {
      name: 'numbered lists keep their start',
      text: 'Steps:\n  3. third\n  4. fourth\n',
      md: 'Steps:\n\n3. third\n4. fourth\n',
    },
    {
      name: 'a quote followed by its attribution',
      text: 'Some words:\n\nStay hungry, stay foolish.\n—Stewart Brand\n',
      md: 'Some words:\n\n> Stay hungry, stay foolish.\n>\n> — Stewart Brand\n',
    },
    {
      name: 'a hard-wrapped paragraph is one paragraph',
      text: 'This paragraph was wrapped by an editor at a fixed column width and\ncontinues on the next line.\n',
      md: 'This paragraph was wrapped by an editor at a fixed column width and continues on the next line.\n',
    },
  ])('$name', ({ text, md }) => {
    expect(markdown(text)).toBe(md);
  });

  it('keeps Markdown-looking characters as words and web addresses as links', () => {
    const md = markdown(
      'Filter on *.jpg files, run `docker diff <container>` and see https://example.com/a_b.\n',
    );
    const plain = markdownToPlainText(md);
    expect(plain).toBe(
      'Filter on *.jpg files, run `docker diff <container>` and see https://example.com/a_b.',
    );
    const link = parseMarkdown(md).children[0];
    expect(
      link?.type === 'paragraph' &&
        link.children.some((c) => c.type === 'link' && c.url === 'https://example.com/a_b'),
    ).toBe(true);
  });

  it('drops empty bullets and a copied "Table of Contents" line before the first talk', () => {
    expect(markdown('Conf\nTable of Contents\nIntro line here.\n- \nTalk one — Ana Medina\n')).toBe(
      '# Conf\n\nIntro line here.\n\n## Talk one — Ana Medina\n',
    );
  });
});
