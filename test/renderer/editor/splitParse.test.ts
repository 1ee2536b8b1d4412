import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../../shared/markdown';
import { $importMarkdown } from '../../../renderer/editor/markdown/importMarkdown';
import { withReadPositions } from '../../../renderer/editor/markdown/readPositions';
import { joinPieces, splitMarkdown } from '../../../renderer/editor/markdown/splitMarkdown';
import { sharedNotesDir } from '../../helpers/sharedFixtures';
import { createNoteEditor } from './headlessEditor';

const notesIn = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

/** The attendees' write-ups, as they came and as the app writes them. */
const NOTES = [
  ...notesIn(sharedNotesDir(), '.txt'),
  ...notesIn(resolve(process.cwd(), 'test/fixtures/notes'), '.md'),
];

/** Parses each piece on its own (as the parse workers do) and joins them. */
function parseInPieces(markdown: string, count: number) {
  const pieces = splitMarkdown(markdown, count);
  const trees = pieces.map(({ start, end }) => parseMarkdown(markdown.slice(start, end)));
  return { pieces, tree: joinPieces(pieces, trees, markdown.length) };
}

/** Every place the splitter would cut, by asking for more pieces than the note has lines. */
const cutsOf = (markdown: string) =>
  splitMarkdown(markdown, 10_000)
    .slice(1)
    .map((p) => p.start);

const para = (n: number) => `Paragraph ${n} with _some_ words, a [link](https://example.com/${n}).`;

/** Notes where a careless cut changes the meaning: the text after each blank line is the trap. */
const TRICKY: Array<{ name: string; markdown: string; mustNotCutBefore?: string }> = [
  {
    name: 'a fence holding blank lines and letters',
    markdown: `${para(1)}\n\n\`\`\`js\nconst a = 1;\n\nletters inside code\n\`\`\`\n\n${para(2)}\n`,
    mustNotCutBefore: 'letters inside code',
  },
  {
    name: 'a tilde fence closed only by a long enough run',
    markdown: `~~~~\nx\n\nstill code\n~~~\n\nstill code too\n~~~~~\n\n${para(3)}\n`,
    mustNotCutBefore: 'still code',
  },
  {
    name: 'a backtick line with a backtick in its info is not a fence',
    markdown: `\`\`\`a\`b\n\n${para(4)}\n\n\`\`\`\ncode\n\nin code\n\`\`\`\n\n${para(5)}\n`,
    mustNotCutBefore: 'in code',
  },
  {
    name: 'an unclosed fence runs to the end',
    markdown: `${para(6)}\n\n${para(7)}\n\n\`\`\`\n\nnever closed\n\nstill code\n`,
    mustNotCutBefore: 'never closed',
  },
  {
    name: 'loose lists, nested lists, checklists and indented code',
    markdown: `- one\n\n- two\n\n  more of two\n\n    - deep\n\n${para(7)}\n\n1. a\n\n2. b\n\n- [ ] task\n- [x] done\n\n    indented code\n\n${para(8)}\n`,
  },
  {
    name: 'quotes, tables, setext headings, rules and hard breaks',
    markdown: `> quoted\nlazy line\n\n> second\n\nTitle\n=====\n\n| a | b |\n| - | :-: |\n| 1 | 2 |\n\nSubtitle\n---\n\n***\n\nline  \nbreak\n\n${para(9)}\n`,
  },
  {
    name: 'headings, quotes and other scripts after blank lines; a fence of shell comments',
    markdown: `# Title\n\n- a\n  - b\n\n## Section\n\n> quote\nlazy\n\n> second quote\n\n\`\`\`sh\n# a comment\n\n# another\n\n> not a quote\n\`\`\`\n\n### Après\n\nÉtude de cas.\n\n日本語のメモ。\n\n#hashtag, not a heading\n`,
    mustNotCutBefore: '# another|> not a quote',
  },
  {
    name: 'Windows line endings',
    markdown: `## Head\r\n\r\n${para(10)}\r\n\r\n- a\r\n- b\r\n\r\n\`\`\`\r\n\r\ncode\r\n\`\`\`\r\n\r\n${para(11)}\r\n`,
    mustNotCutBefore: 'code',
  },
];

/** Notes the splitter must leave whole: something in them reaches across blocks. */
const WHOLE: Array<{ name: string; markdown: string }> = [
  {
    name: 'a link reference definition',
    markdown: `${para(1)} See [the talk][t].\n\n${para(2)}\n\n[t]: https://example.com/talk\n`,
  },
  { name: 'a footnote', markdown: `${para(1)}[^1]\n\n${para(2)}\n\n[^1]: The footnote.\n` },
  { name: 'an HTML comment', markdown: `<!--\n\nhidden\n\n-->\n\n${para(3)}\n` },
  { name: 'a fence in a list', markdown: `- item\n  \`\`\`\n  x\n\n${para(4)}\n\n\`\`\`\ny\n` },
  { name: 'front matter', markdown: `---\ntitle: x\n\nnote: y\n---\n\n${para(5)}\n` },
  { name: 'old Mac line endings', markdown: `${para(1)}\r\r${para(2)}\r` },
];

/** Other people's write-ups of other conferences, in Markdown and plain text (see fixtures/realworld). */
const REAL_WORLD = ['.md', '.txt'].flatMap((ext) =>
  notesIn(join(sharedNotesDir(), '../realworld'), ext).filter(({ name }) => name !== 'README.md'),
);

describe('splitting a note for parsing in parallel', () => {
  test.each([
    ...NOTES,
    ...REAL_WORLD,
    ...TRICKY.map(({ name, markdown }) => ({ name, text: markdown })),
  ])('$name: every cut parses to the same tree as the whole note', ({ text }) => {
    const whole = parseMarkdown(text);
    for (const count of [2, 3, 10_000]) expect(parseInPieces(text, count).tree).toEqual(whole);
  });

  // (One of the hand-written notes has a link reference definition: it is parsed whole.)
  const withoutDefinitions = NOTES.filter(({ text }) => !text.includes(']:'));
  test('most notes have no definitions', () =>
    expect(withoutDefinitions.length).toBeGreaterThan(3));
  test.each(withoutDefinitions)('$name is cut in two pieces of about equal size', ({ text }) => {
    const pieces = splitMarkdown(text, 2);
    expect(pieces).toHaveLength(2);
    expect(pieces[0].start).toBe(0);
    expect(pieces[0].end).toBe(pieces[1].start);
    expect(pieces[1].end).toBe(text.length);
    expect(Math.abs(pieces[0].end - text.length / 2)).toBeLessThan(text.length / 10);
  });

  test('a talk typed as headings and bullets is cut at its headings', () => {
    const talk = (n: number) =>
      `## Part ${n}\n\n${Array.from({ length: 30 }, (_, k) => `${'  '.repeat(k % 3)}- point ${k}`).join('\n')}\n`;
    const note = Array.from({ length: 8 }, (_, n) => talk(n)).join('\n');
    const pieces = splitMarkdown(note, 4);
    expect(pieces).toHaveLength(4);
    for (const piece of pieces) expect(note.slice(piece.start)).toMatch(/^## Part \d\n/);
    expect(parseInPieces(note, 8).tree).toEqual(parseMarkdown(note));
  });

  test.each(TRICKY.filter((c) => c.mustNotCutBefore))(
    '$name: no cut inside the code',
    ({ markdown, mustNotCutBefore }) => {
      const cuts = cutsOf(markdown);
      expect(cuts.length).toBeGreaterThan(0);
      for (const cut of cuts)
        expect(markdown.slice(cut)).not.toMatch(new RegExp(`^(?:${mustNotCutBefore})`));
    },
  );

  test.each(WHOLE)('$name: parsed whole', ({ markdown }) => {
    expect(splitMarkdown(markdown, 4)).toEqual([{ start: 0, end: markdown.length, lineOffset: 0 }]);
    expect(parseInPieces(markdown, 4).tree).toEqual(parseMarkdown(markdown));
  });

  // Positions matter to the editor for where blocks came from and for the form of bare and
  // angle links: the notes that hold such links, and one written to hold every form.
  const LINKED = [
    ...NOTES.filter(({ text }) => /<https?:|(?:^|\s)(?:https?:\/\/|www\.)/m.test(text)),
    {
      name: 'every link form, in lists, quotes and emphasis',
      text: `See https://a.example/x, <https://b.example> and [c](https://c.example).\n\n- _www.d.example_ and **<mailto:e@example.com>**\n  - nested https://f.example/a_b\n\n> quoted https://g.example\n`,
    },
  ];
  test('some attendees\u2019 notes hold bare links', () =>
    expect(LINKED.length).toBeGreaterThan(1));
  test.each(LINKED)('$name: what the parse workers send builds the same note', ({ text }) => {
    const build = (tree: ReturnType<typeof parseMarkdown>) => {
      const editor = createNoteEditor();
      let ranges: unknown;
      editor.update(
        () => void (ranges = $importMarkdown(text, tree).map(({ start, end }) => [start, end])),
        { discrete: true },
      );
      return JSON.stringify([editor.getEditorState().toJSON(), ranges]);
    };
    expect(build(withReadPositions(parseMarkdown(text)))).toBe(build(parseMarkdown(text)));
  });

  test('the editor builds the same note from the pieces as from one parse', () => {
    const [{ text }] = NOTES;
    const build = (tree?: ReturnType<typeof parseMarkdown>) => {
      const editor = createNoteEditor();
      editor.update(() => void $importMarkdown(text, tree), { discrete: true });
      return JSON.stringify(editor.getEditorState().toJSON());
    };
    const { pieces, tree } = parseInPieces(text, 2);
    expect(pieces).toHaveLength(2);
    expect(build(tree)).toBe(build());
  });
});
