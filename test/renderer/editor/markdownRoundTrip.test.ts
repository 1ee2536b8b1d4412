import { describe, expect, test } from 'vitest';
import { normalizeMarkdown } from '../../../shared/markdown';
import { blockTypes, openMarkdown, readMarkdown, roundTrip } from './headlessEditor';
import { commonmarkHtml, gfmHtml } from './referenceHtml';

interface Case {
  name: string;
  markdown: string;
  /** What the reference renderer makes of `markdown`, and must make of the round trip. */
  html: string;
  /** In house style (as the app writes it): the round trip gives back the same bytes. */
  exact?: boolean;
  /** The editor's top-level blocks. */
  blocks?: string[];
}

const COMMONMARK: Case[] = [
  {
    name: 'paragraphs',
    markdown: 'One.\n\nTwo.\n',
    html: '<p>One.</p>\n<p>Two.</p>\n',
    exact: true,
    blocks: ['paragraph', 'paragraph'],
  },
  {
    name: 'soft line break',
    markdown: 'Line one\nline two\n',
    html: '<p>Line one\nline two</p>\n',
    exact: true,
  },
  { name: 'hard line break', markdown: 'a\\\nb\n', html: '<p>a<br />\nb</p>\n', exact: true },
  { name: 'hard break by two spaces', markdown: 'a  \nb\n', html: '<p>a<br />\nb</p>\n' },
  {
    name: 'headings H2–H4',
    markdown: '## Two\n\n### Three\n\n#### Four\n',
    html: '<h2>Two</h2>\n<h3>Three</h3>\n<h4>Four</h4>\n',
    exact: true,
    blocks: ['heading', 'heading', 'heading'],
  },
  { name: 'setext heading', markdown: 'Title\n=====\n', html: '<h1>Title</h1>\n' },
  {
    name: 'inline formats',
    markdown: 'Some _italic_, **bold**, ~~gone~~ and `code`.\n',
    html: '<p>Some <em>italic</em>, <strong>bold</strong>, ~~gone~~ and <code>code</code>.</p>\n',
    exact: true,
  },
  {
    name: 'nested marks',
    markdown: '**bold _both_ bold**\n',
    html: '<p><strong>bold <em>both</em> bold</strong></p>\n',
    exact: true,
  },
  {
    name: 'emphasis outside strong',
    markdown: '_**both**_\n',
    html: '<p><em><strong>both</strong></em></p>\n',
    exact: true,
  },
  {
    name: 'strong outside emphasis',
    markdown: '**_both_**\n',
    html: '<p><strong><em>both</em></strong></p>\n',
    exact: true,
  },
  {
    name: 'triple stars',
    markdown: '***both***\n',
    html: '<p><em><strong>both</strong></em></p>\n',
  },
  {
    name: 'link with title',
    markdown: '[Confnotes](https://example.com "The app")\n',
    html: '<p><a href="https://example.com" title="The app">Confnotes</a></p>\n',
    exact: true,
  },
  {
    name: 'bold around a link',
    markdown: '**[talk](https://x.org)**\n',
    html: '<p><strong><a href="https://x.org">talk</a></strong></p>\n',
    exact: true,
  },
  {
    name: 'bold inside a link',
    markdown: '[**talk**](https://x.org)\n',
    html: '<p><a href="https://x.org"><strong>talk</strong></a></p>\n',
    exact: true,
  },
  {
    name: 'autolink',
    markdown: '<https://example.com>\n',
    html: '<p><a href="https://example.com">https://example.com</a></p>\n',
  },
  {
    name: 'image with caption',
    markdown: '![Slide: CAMS](assets/keynote-01.png)\n',
    html: '<p><img src="assets/keynote-01.png" alt="Slide: CAMS" /></p>\n',
    exact: true,
  },
  {
    name: 'quote with attribution line',
    markdown: '> Trust emerges.\n> —Simon Sinek\n',
    html: '<blockquote>\n<p>Trust emerges.\n—Simon Sinek</p>\n</blockquote>\n',
    exact: true,
    blocks: ['quote'],
  },
  {
    name: 'quote of two paragraphs',
    markdown: '> one\n>\n> two\n',
    html: '<blockquote>\n<p>one</p>\n<p>two</p>\n</blockquote>\n',
    exact: true,
  },
  {
    name: 'nested bullet list',
    markdown: '- a\n- b\n  - c\n    - d\n- e\n',
    html: '<ul>\n<li>a</li>\n<li>b\n<ul>\n<li>c\n<ul>\n<li>d</li>\n</ul>\n</li>\n</ul>\n</li>\n<li>e</li>\n</ul>\n',
    exact: true,
    blocks: ['list'],
  },
  {
    name: 'numbered list from 3',
    markdown: '3. x\n4. y\n',
    html: '<ol start="3">\n<li>x</li>\n<li>y</li>\n</ol>\n',
    exact: true,
  },
  {
    name: 'loose list',
    markdown: '- a\n\n- b\n',
    html: '<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n',
    exact: true,
  },
  {
    name: 'numbered list with bullets inside',
    markdown: '1. one\n   - sub\n2. two\n',
    html: '<ol>\n<li>one\n<ul>\n<li>sub</li>\n</ul>\n</li>\n<li>two</li>\n</ol>\n',
    exact: true,
  },
  {
    name: 'item holding only a list',
    markdown: '- - inner\n- outer\n',
    html: '<ul>\n<li>\n<ul>\n<li>inner</li>\n</ul>\n</li>\n<li>outer</li>\n</ul>\n',
    exact: true,
  },
  {
    name: 'code block with language and meta',
    markdown: '```ts title="x.ts"\nconst a = 1;\n\nconst b = 2;\n```\n',
    html: '<pre><code class="language-ts">const a = 1;\n\nconst b = 2;\n</code></pre>\n',
    exact: true,
    blocks: ['code'],
  },
  {
    name: 'indented code',
    markdown: '    indented\n',
    html: '<pre><code>indented\n</code></pre>\n',
  },
  {
    name: 'horizontal rule',
    markdown: 'a\n\n---\n\nb\n',
    html: '<p>a</p>\n<hr />\n<p>b</p>\n',
    exact: true,
    blocks: ['paragraph', 'horizontalrule', 'paragraph'],
  },
  { name: 'starred rule', markdown: '***\n', html: '<hr />\n' },
  {
    name: 'entities and escapes',
    markdown: '&copy; &amp; \\*not emphasis\\*\n',
    html: '<p>© &amp; *not emphasis*</p>\n',
  },
  {
    name: 'two lists in a row',
    markdown: '- a\n\n* b\n',
    html: '<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n</ul>\n',
    exact: true,
  },
  {
    name: 'html block',
    markdown: '<div class="x">\n*kept as is*\n</div>\n',
    html: '<div class="x">\n*kept as is*\n</div>\n',
    exact: true,
    blocks: ['raw-markdown'],
  },
  {
    name: 'inline html',
    markdown: 'Press <kbd>Ctrl</kbd>.\n',
    html: '<p>Press <kbd>Ctrl</kbd>.</p>\n',
    exact: true,
    blocks: ['raw-markdown'],
  },
  {
    name: 'reference link and its definition',
    markdown: 'See [the site][ref].\n\n[ref]: https://example.com\n',
    html: '<p>See <a href="https://example.com">the site</a>.</p>\n',
    exact: true,
    blocks: ['raw-markdown', 'raw-markdown'],
  },
];

const GFM: Case[] = [
  {
    name: 'table with alignment',
    markdown: '| Left | Center | Right |\n| :--- | :----: | ----: |\n| a    |    b   |     c |\n',
    html: '<table>\n<thead>\n<tr>\n<th style="text-align:left">Left</th>\n<th style="text-align:center">Center</th>\n<th style="text-align:right">Right</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style="text-align:left">a</td>\n<td style="text-align:center">b</td>\n<td style="text-align:right">c</td>\n</tr>\n</tbody>\n</table>\n',
    exact: true,
    blocks: ['table'],
  },
  {
    name: 'table with a short row',
    markdown: '| a | b |\n|---|---|\n| 1 |\n',
    html: '<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n',
  },
  { name: 'strikethrough', markdown: '~~gone~~\n', html: '<p><s>gone</s></p>\n', exact: true },
  {
    name: 'checklist',
    markdown: '- [ ] todo\n- [x] done\n',
    html: '<ul>\n<li>[ ] todo</li>\n<li>[x] done</li>\n</ul>\n',
    exact: true,
    blocks: ['list'],
  },
  {
    name: 'bare URL',
    markdown: 'See https://example.com today.\n',
    html: '<p>See <a href="https://example.com">https://example.com</a> today.</p>\n',
  },
  {
    name: 'footnote',
    markdown: 'Text[^1].\n\n[^1]: The note.\n',
    html: '<p>Text[^1].</p>\n<p>[^1]: The note.</p>\n',
    exact: true,
    blocks: ['raw-markdown', 'raw-markdown'],
  },
];

function runCases(cases: Case[], render: (markdown: string) => string): void {
  test.each(cases)('$name', ({ markdown, html, exact, blocks }) => {
    expect(render(markdown)).toBe(html);
    const editor = openMarkdown(markdown);
    const once = readMarkdown(editor);
    expect(render(once)).toBe(html);
    expect(roundTrip(once)).toBe(once);
    if (exact) {
      expect(normalizeMarkdown(markdown)).toBe(markdown);
      expect(once).toBe(markdown);
    }
    if (blocks) expect(blockTypes(editor)).toEqual(blocks);
  });
}

describe('CommonMark keeps its meaning (commonmark.js)', () =>
  runCases(COMMONMARK, commonmarkHtml));
describe('GFM keeps its meaning (markdown-it)', () => runCases(GFM, gfmHtml));
