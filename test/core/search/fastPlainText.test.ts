import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeNote } from '../../../electron/core/library/noteFile';
import { markdownToPlainText, splitFrontMatter } from '../../../shared/markdown';
import { fastScan, scanPlainText, treeScan } from '../../../shared/markdown/fastPlainText';
import { overBudgetBlocks } from '../../../shared/markdown/pathological';
import { terms } from '../../../shared/search/text';
import { writeCorpus } from '../../bench/searchCorpus';
import { noteCases } from '../../fixtures/hostile/cases';
import { sharedNotesDir } from '../../helpers/sharedFixtures';

/**
 * The search index reads notes' text straight from the engine's tokens
 * (shared/markdown/fastPlainText.ts). It must give what the mdast path
 * gives, line for line, or the index would hold words the snippets and the
 * editor do not see (or Markdown syntax). Held here on the attendees'
 * write-ups, the hostile corpus, a generated library and a table of the
 * constructs where the two could part.
 */
const fixtures = sharedNotesDir();
const arm = { marker: '/nonexistent/marker', secret: '/nonexistent/secret' };

function expectSame(markdown: string): void {
  const reference = treeScan(markdown);
  expect(reference.text).toBe(markdownToPlainText(markdown));
  const scanned = scanPlainText(markdown);
  expect(scanned.text).toBe(reference.text);
  expect(terms(scanned.text)).toEqual(terms(reference.text));
  expect(scanned.hasOpenTasks).toBe(reference.hasOpenTasks);
}

describe('fast plain text equals the engine tree path', () => {
  it('on the attendees’ write-ups, through the fast walk', async () => {
    const files = (await readdir(fixtures)).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(3);
    for (const file of files) {
      const text = await readFile(path.join(fixtures, file), 'utf8');
      expect(fastScan(text)).not.toBeNull();
      expectSame(text);
    }
  });

  it.each(noteCases(arm).filter((c) => c.large !== true))('on hostile note $id', (note) => {
    const text = typeof note.content === 'string' ? note.content : decodeNote(note.content).text;
    expectSame(splitFrontMatter(text).body);
    expectSame(text);
  });

  it('on hostile pathological notes (the over-budget ones go to the tree)', () => {
    // The 10 MB line takes both paths seconds and holds no construct of its own; the search hostile test indexes it.
    const large = noteCases(arm).filter((c) => c.large === true && c.id !== 'ten-mb-line');
    expect(
      large.filter((c) => overBudgetBlocks(String(c.content)).length > 0).length,
    ).toBeGreaterThan(0);
    for (const note of large) {
      const text = String(note.content);
      const expected = markdownToPlainText(text);
      // Large but within budget (a long run of spaces): the fast walk takes it, and must agree.
      if (overBudgetBlocks(text).length > 0) expect(fastScan(text)).toBeNull();
      else expect(fastScan(text)?.text).toBe(expected);
      expect(scanPlainText(text).text).toBe(expected);
    }
  }, 120_000);

  describe('on a generated library', () => {
    let base: string;
    beforeAll(async () => {
      base = await mkdtemp(path.join(os.tmpdir(), 'confnotes-fastplain-'));
    });
    afterAll(async () => {
      await rm(base, { recursive: true, force: true });
    });

    it('every note, all through the fast walk', async () => {
      const corpus = await writeCorpus(
        path.join(base, 'library'),
        { notes: 150, conferences: 3, bytesPerNote: 3000, seed: 9 },
        fixtures,
      );
      let open = 0;
      for (const talk of corpus.talks) {
        const file = await readFile(path.join(corpus.root, talk.path), 'utf8');
        const body = splitFrontMatter(file).body;
        expect(fastScan(body)).not.toBeNull();
        expectSame(body);
        if (scanPlainText(body).hasOpenTasks) open++;
      }
      // The generator writes open tasks into some notes, not all: the flag is really computed.
      expect(open).toBeGreaterThan(0);
      expect(open).toBeLessThan(corpus.talks.length);
    }, 60_000);
  });

  const constructs: Array<[string, string]> = [
    ['emphasis and strong', 'Some *emphasis*, __strong__ and ~~gone~~ words.\n'],
    ['intra-word emphasis', 'snake_case and a*b*c and a**b**c\n'],
    ['unmatched delimiters', 'a * b _ c ~ d [e ![f\n'],
    ['headings', '# Title #\n\nSetext\n======\n\n## *Mixed* `code`\n'],
    ['lists and tasks', '- one\n- [ ] open task\n- [x] done\n  1. nested\n  2. [ ] not a task\n'],
    ['checked only', '- [x] done\n- [X] also done\n'],
    ['task not first', '- text\n\n  - [ ] deep open\n'],
    ['links', 'See [the *slides*](https://example.com/x "Title words") and <https://a.b/c>.\n'],
    [
      'references',
      '[label][ref] and [ref] and [missing][nope]\n\n[ref]: https://x.y "title here"\n',
    ],
    ['images', '![alt *text*](a.png "t") and ![](b.png) and ![x][ref]\n\n[ref]: c.png\n'],
    ['image alt with html', '![a <b>bold</b> alt](x.png)\n'],
    ['image alt with break', '![a\\\nb](x.png) and ![one  \ntwo](y.png)\n'],
    ['nested image', '[![inner alt](i.png) outer](https://x.y)\n'],
    ['image in image', '![a ![b](c.png) d](e.png)\n'],
    ['autolink literals', 'www.example.com, https://x.y/z?q=1 and mail@example.org.\n'],
    ['entities', 'A &amp; B &copy; &#35; &#x41; &bogus; \\* \\_ \\&amp;\n'],
    ['inline code', 'Use `npm  install` and ``a ` b`` and `` `x` ``\n'],
    ['fenced code', '```js title="x"\nconst a = 1;\n\n  indented line\n```\n\nafter\n'],
    ['indented code', 'para\n\n    code line one\n    code line two\n\nafter\n'],
    ['code in list', '- item\n\n  ```\n  inside\n  ```\n'],
    ['html', '<div class="note">\nblock words\n</div>\n\nInline <span title="t">span</span> end\n'],
    ['html comment', 'a <!-- hidden --> b\n\n<!--\nblock\n-->\n'],
    ['table', '| Head *a* | Head b |\n|---|:-:|\n| cell `x\\|y` | two |\n| three |\n'],
    ['footnotes', 'Text[^1] and [^missing].\n\n[^1]: The *note* itself.\n    More of it.\n'],
    ['blockquote', '> quoted *words*\n> more\n>\n> - list in quote\n'],
    ['hard breaks', 'line one  \nline two\\\nline three\n'],
    ['thematic break', 'a\n\n---\n\n***\n\nb\n'],
    ['front matter in body', '---\ntitle: x\n---\n\nBody words\n'],
    ['crlf', 'Line one\r\nline two\r\n\r\n- item\r\n'],
    ['tabs and spaces', '\tindented\n   three\n  *  star list\n'],
    ['empty', ''],
    ['only whitespace', '   \n\n\t\n'],
    ['unicode', 'Amélie naïve ﬁ 東京 🙂 résumé\n'],
    ['nul and controls', 'a\u0000b\u0007c\n'],
    ['link with code label', "[`code` label](u) [a](<b c>) [x](y 'z')\n"],
    ['definition-like paragraph', '[not]: a definition? maybe\n'],
  ];
  it.each(constructs)('on %s', (_, markdown) => expectSame(markdown));
});
