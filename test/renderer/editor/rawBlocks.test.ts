import { $getRoot } from 'lexical';
import { describe, expect, test } from 'vitest';
import { $isRawMarkdownNode } from '../../../renderer/editor/nodes/RawMarkdownNode';
import { blockTypes, openMarkdown, readMarkdown, roundTrip } from './headlessEditor';
import { commonmarkHtml } from './referenceHtml';

/** Notes with Markdown the editor cannot show; every `kept` slice must come back exactly as written. */
const UNSHOWABLE: Array<{ name: string; note: string; kept: string[] }> = [
  {
    name: 'HTML block',
    note: '## Slides\n\n<div align="center">\n  <b>PDF</b>\n</div>\n',
    kept: ['<div align="center">\n  <b>PDF</b>\n</div>'],
  },
  {
    name: 'HTML comment',
    note: 'A.\n\n<!-- speaker ran out of time -->\n',
    kept: ['<!-- speaker ran out of time -->'],
  },
  {
    name: 'inline HTML',
    note: 'Use <kbd>Ctrl</kbd>+<kbd>P</kbd>  to switch.\n',
    kept: ['Use <kbd>Ctrl</kbd>+<kbd>P</kbd>  to switch.'],
  },
  {
    name: 'footnotes',
    note: 'SLOs matter[^slo].\n\n[^slo]: Service level objectives,\n    see the SRE book.\n',
    kept: ['SLOs matter[^slo].', '[^slo]: Service level objectives,\n    see the SRE book.'],
  },
  {
    name: 'reference links and images',
    note: 'Read [the book][sre] and see ![the slide][s1].\n\n[sre]: https://sre.google/books/ "SRE"\n[s1]: assets/s1.png\n',
    kept: [
      'Read [the book][sre] and see ![the slide][s1].',
      '[sre]: https://sre.google/books/ "SRE"',
      '[s1]: assets/s1.png',
    ],
  },
  {
    name: 'definition list',
    note: 'Toil\n: manual, repetitive *work*\n',
    kept: ['Toil\n: manual, repetitive *work*'],
  },
  {
    name: 'display math',
    note: '$$\na_1 * b_2 = c_{*}\n$$\n',
    kept: ['$$\na_1 * b_2 = c_{*}\n$$'],
  },
  {
    name: 'inline math',
    note: 'Error budget is $1 - SLO_*$ per month.\n',
    kept: ['Error budget is $1 - SLO_*$ per month.'],
  },
  {
    name: 'front matter',
    note: '---\ntitle: stray\n---\n\nAfter.\n',
    kept: ['---\ntitle: stray\n---'],
  },
  { name: 'checklist then a bullet list', note: '- [ ] task\n+ plain item\n', kept: [] },
  {
    name: 'mixed checklist items',
    note: '- [ ] task\n- plain *item*\n',
    kept: ['- [ ] task\n- plain *item*'],
  },
  {
    name: 'ordered checklist',
    note: '1. [x] done\n2. [ ] open\n',
    kept: ['1. [x] done\n2. [ ] open'],
  },
  {
    name: 'list item with two paragraphs',
    note: '* first\n\n  second paragraph\n* next\n',
    kept: ['* first\n\n  second paragraph\n* next'],
  },
  {
    name: 'list item with code',
    note: '- run:\n\n  ```sh\n  make\n  ```\n',
    kept: ['- run:\n\n  ```sh\n  make\n  ```'],
  },
  { name: 'nested quote', note: '> outer\n>\n> > inner\n', kept: ['> outer\n>\n> > inner'] },
  { name: 'quote holding a list', note: '> - one\n> - two\n', kept: ['> - one\n> - two'] },
  {
    name: 'table with a break',
    note: '| a |\n| - |\n| x<br>y |\n',
    kept: ['| a |\n| - |\n| x<br>y |'],
  },
  {
    name: 'image inside a link',
    note: '[![Slide](assets/s.png)](https://example.com)\n',
    kept: ['[![Slide](assets/s.png)](https://example.com)'],
  },
];

describe('raw-Markdown blocks keep what the editor cannot show', () => {
  test.each(UNSHOWABLE.filter((c) => c.kept.length > 0))(
    '$name is kept verbatim',
    ({ note, kept }) => {
      const editor = openMarkdown(note);
      expect(blockTypes(editor)).toContain('raw-markdown');
      const saved = readMarkdown(editor);
      for (const slice of kept) expect(saved).toContain(slice);
      expect(roundTrip(saved)).toBe(saved);
    },
  );

  test.each(UNSHOWABLE)('$name keeps its meaning', ({ note }) => {
    expect(commonmarkHtml(roundTrip(note))).toBe(commonmarkHtml(note));
  });

  test('an HTML block split by a blank line keeps its meaning', () => {
    const note = '<details>\n<summary>Slides</summary>\n\nSee the *PDF*.\n</details>\n';
    expect(commonmarkHtml(roundTrip(note))).toBe(commonmarkHtml(note));
  });

  test('the raw block holds the exact source slice, CRLF and odd spacing included', () => {
    const html = '<div   class="odd">\r\n  <p>kept</p>\r\n</div>';
    const editor = openMarkdown(`Intro.\r\n\r\n${html}\r\n`);
    const raw = editor
      .getEditorState()
      .read(() => $getRoot().getChildren().filter($isRawMarkdownNode)[0]?.getMarkdown());
    expect(raw).toBe(html);
  });

  test('editing a raw block changes what is saved', () => {
    const editor = openMarkdown('Text[^1].\n\n[^1]: Old note.\n');
    editor.update(
      () => {
        const [, definition] = $getRoot().getChildren().filter($isRawMarkdownNode);
        definition.setMarkdown('[^1]: New note.');
      },
      { discrete: true },
    );
    expect(readMarkdown(editor)).toBe('Text[^1].\n\n[^1]: New note.\n');
  });

  test('an emptied raw block disappears instead of leaving blank lines', () => {
    const editor = openMarkdown('A.\n\n<hr class="x">\n\nB.\n');
    editor.update(
      () => $getRoot().getChildren().filter($isRawMarkdownNode)[0].setMarkdown('  \n'),
      { discrete: true },
    );
    expect(readMarkdown(editor)).toBe('A.\n\nB.\n');
  });

  test('neighbouring lists that only differ in marker stay two lists', () => {
    const note = '1. a\n\n1) b\n\n- c\n\n* d\n';
    expect(roundTrip(note)).toBe(note);
  });
});
