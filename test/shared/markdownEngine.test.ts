import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Yaml } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  joinFrontMatter,
  markdownToPlainText,
  normalizeMarkdown,
  parseMarkdown,
  splitFrontMatter,
} from '../../shared/markdown';

const NOTES = join(import.meta.dirname, '../fixtures/notes');
const notes = readdirSync(NOTES)
  .filter((name) => name.endsWith('.md'))
  .map((name) => [name, readFileSync(join(NOTES, name), 'utf8')] as const);

describe('the one Markdown engine', () => {
  it.each(notes)('normalising %s is idempotent', (_name, text) => {
    const once = normalizeMarkdown(text);
    expect(normalizeMarkdown(once)).toBe(once);
  });

  it.each([
    ['- a\n- b\n', '- a\n- b\n'],
    ['* a\n* b\n', '- a\n- b\n'],
    ['Title\n=====\n', '# Title\n'],
    ['*em* and __strong__\n', '_em_ and **strong**\n'],
    ['~~~js\nx\n~~~\n', '```js\nx\n```\n'],
    ['- [ ] todo\n- [x] done\n', '- [ ] todo\n- [x] done\n'],
    ['| a | b |\n|---|---|\n| 1 | 2 |\n', '| a | b |\n| - | - |\n| 1 | 2 |\n'],
  ])('writes %j in the house style', (input, expected) => {
    expect(normalizeMarkdown(input)).toBe(expected);
  });

  it.each([
    '---\nid: X\ntitle: T\n---\n\nBody\n',
    '---\ntitle: T\n...\nnot closed by dots\n',
    '---\n---\nEmpty front matter\n',
    '---\r\ntitle: CRLF\r\n---\r\n\r\nBody\r\n',
    'No front matter\n---\nbut a rule\n',
    '---js\n{ evil: true }\n---\n',
  ])('splits front matter as remark-frontmatter does: %j', (text) => {
    const yamlNode = parseMarkdown(text).children.find((n): n is Yaml => n.type === 'yaml');
    const split = splitFrontMatter(text);
    if (!yamlNode) expect(split.yaml).toBeNull();
    else
      expect(split.yaml?.replace(/\r?\n$/, '').replace(/\r/g, '')).toBe(
        yamlNode.value.replace(/\r/g, ''),
      );
  });

  it('joins front matter and body back to the same bytes', () => {
    const text = '---\nid: X\ntitle: T\n---\n\nBody\n';
    const { yaml, body } = splitFrontMatter(text);
    expect(joinFrontMatter(yaml!, body)).toBe(text);
  });

  it('extracts words without Markdown syntax, link targets or HTML', () => {
    const text = markdownToPlainText(
      '## Why *chaos*\n\n- [ ] try [Gremlin](https://gremlin.com)\n\n> Trust emerges.\n\n![Slide one](assets/a.png)\n\n<div>hidden</div>\n\n`kubectl` and **SLO**\n',
    );
    expect(text.split('\n')).toEqual([
      'Why chaos',
      'try Gremlin',
      'Trust emerges.',
      'Slide one',
      'kubectl and SLO',
    ]);
  });
});
