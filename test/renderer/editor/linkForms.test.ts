import {
  $createAutoLinkNode,
  $isLinkNode,
  autoLinkEmailMatcher,
  autoLinkUrlMatcher,
  registerAutoLink,
  type LinkNode,
} from '@lexical/link';
import { $isTableNode } from '@lexical/table';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { describe, expect, test } from 'vitest';
import { normalizeMarkdown } from '../../../shared/markdown';
import { createNoteEditor, openMarkdown, readMarkdown, roundTrip } from './headlessEditor';
import { gfmHtml } from './referenceHtml';

/** Notes from elsewhere: every link must come back in the form it was written, byte for byte. */
const KEPT: Array<{ name: string; markdown: string }> = [
  { name: 'bare URL before a full stop', markdown: 'see https://example.com.\n' },
  { name: 'www. link', markdown: 'Slides at www.example.com/talks today.\n' },
  { name: 'email', markdown: 'Mail speaker@example.com, please.\n' },
  { name: 'angle autolink', markdown: 'Site: <https://example.com>\n' },
  { name: 'angle email', markdown: 'Write to <speaker@example.com>.\n' },
  { name: 'underscores', markdown: 'Code: https://github.com/a_b/c_d_e here.\n' },
  { name: 'star inside', markdown: 'Odd https://example.com/a*b*c path.\n' },
  { name: 'ampersand query', markdown: 'Video https://example.com/watch?v=1&t=2s now.\n' },
  { name: 'angle with ampersand', markdown: '<https://example.com/?a=1&b=2>\n' },
  {
    name: 'balanced parentheses',
    markdown: 'See https://en.wikipedia.org/wiki/Chaos_(engineering) for more.\n',
  },
  { name: 'inside parentheses', markdown: '(demo: https://example.com/demo)\n' },
  { name: 'trailing question mark', markdown: 'Is it https://example.com/a?\n' },
  { name: 'trailing exclamation', markdown: 'Go https://example.com/a!\n' },
  { name: 'trailing comma and colon', markdown: 'https://a.example.com, https://b.example.com:\n' },
  { name: 'bold around a bare URL', markdown: '**https://example.com**\n' },
  { name: 'in a heading', markdown: '## Slides: https://example.com/slides\n' },
  { name: 'in list items', markdown: '- https://example.com\n- www.example.com\n  - a@b.org\n' },
  { name: 'in a quote', markdown: '> https://example.com\n> —Someone\n' },
  {
    name: 'resource link stays resource',
    markdown: '[https://example.com](https://example.com)\n',
  },
  { name: 'mixed forms', markdown: 'A https://a.org, B <https://b.org> and [C](https://c.org).\n' },
];

describe('links keep the form the source wrote', () => {
  test.each(KEPT)('$name', ({ markdown }) => {
    const once = roundTrip(markdown);
    expect(once).toBe(markdown);
    expect(gfmHtml(once)).toBe(gfmHtml(markdown));
  });

  test('the engine alone would have rewritten them (so the cases test the editor)', () => {
    const rewritten = KEPT.filter(({ markdown }) => normalizeMarkdown(markdown) !== markdown);
    expect(rewritten.length).toBeGreaterThanOrEqual(KEPT.length - 2);
  });

  test('a bare URL in a table cell keeps its form', () => {
    const table = [
      '| a             | b               |',
      '| ------------- | --------------- |',
      '| https://x.org | <https://y.org> |',
      '',
    ].join('\n');
    expect(roundTrip(table)).toBe(table);
  });
});

function $links(): LinkNode[] {
  const out: LinkNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isLinkNode(node)) out.push(node);
    if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return out;
}

function edit(editor: LexicalEditor, change: () => void): string {
  editor.update(change, { discrete: true });
  return readMarkdown(editor);
}

describe('a link the user changed is written as [text](url)', () => {
  test('edited link text', () => {
    const editor = openMarkdown('see https://example.com.\n');
    const out = edit(editor, () => {
      const text = $links()[0].getFirstChild();
      if ($isTextNode(text)) text.setTextContent('the site');
    });
    expect(out).toBe('see [the site](https://example.com).\n');
  });

  test('edited URL of an angle autolink', () => {
    const editor = openMarkdown('<https://example.com>\n');
    const out = edit(editor, () => void $links()[0].setURL('https://example.org'));
    expect(out).toBe('[https://example.com](https://example.org)\n');
  });

  test('text typed right after a bare URL does not stretch the link', () => {
    const editor = openMarkdown('https://example.com\n');
    const out = edit(editor, () => void $links()[0].insertAfter($createTextNode('/more')));
    expect(gfmHtml(out)).toBe(
      '<p><a href="https://example.com">https://example.com</a>/more</p>\n',
    );
    expect(roundTrip(out)).toBe(out);
  });

  test('a letter typed right before a bare URL does not unlink it', () => {
    const editor = openMarkdown('see https://example.com\n');
    const out = edit(editor, () => {
      const before = $links()[0].getPreviousSibling();
      if ($isTextNode(before)) before.setTextContent('seex');
    });
    expect(gfmHtml(out)).toContain('<a href="https://example.com">https://example.com</a>');
  });

  // `_` right after a literal: the engine escapes it, and GFM would read the `\` into the URL.
  const misfits = (n: number) => Array.from({ length: n }, (_, i) => `https://x.org/${i}_`);

  test('a link that fits keeps its form beside one that does not', () => {
    const markdown = `https://good.org ${misfits(1).join(' ')}\n`;
    const once = roundTrip(markdown);
    expect(once).toBe('https://good.org [https://x.org/0](https://x.org/0)\\_\n');
    expect(normalizeMarkdown(once)).toBe(normalizeMarkdown(markdown));
  });

  test('past a bound of misfits in one paragraph the rest take the engine form (bounded work)', () => {
    const markdown = `${misfits(20).join(' ')} https://good.org end\n`;
    const once = roundTrip(markdown);
    expect(once).toContain(' [https://good.org](https://good.org) end');
    expect(normalizeMarkdown(once)).toBe(normalizeMarkdown(markdown));
  });

  test('only the link that no longer fits falls back; the others keep their form', () => {
    const editor = openMarkdown('https://a.org and https://b.org\n');
    const out = edit(editor, () => void $links()[1].insertAfter($createTextNode('/x')));
    expect(out).toBe('https://a.org and [https://b.org](https://b.org)/x\n');
  });
});

/** A headless editor with Lexical's auto-link transform, as NotesEditor registers it. */
function typingEditor(): LexicalEditor {
  const editor = createNoteEditor();
  registerAutoLink(editor, {
    matchers: [autoLinkUrlMatcher, autoLinkEmailMatcher],
    changeHandlers: [],
    excludeParents: [],
  });
  return editor;
}

function typeParagraph(editor: LexicalEditor, typed: string): string {
  editor.update(
    () => {
      $getRoot()
        .clear()
        .append($createParagraphNode().append($createTextNode(typed)));
    },
    { discrete: true },
  );
  return readMarkdown(editor);
}

describe('a URL typed in the editor is saved as typed', () => {
  test.each([
    ['see https://example.com/a_b ', 'see https://example.com/a_b\n'],
    ['mail speaker@example.com now', 'mail speaker@example.com now\n'],
    ['slides www.example.com/x_y.', 'slides www.example.com/x_y.\n'],
    ['https://例え.jp/a_b', 'https://例え.jp/a_b\n'],
    ['https://x.org/a~b', 'https://x.org/a~b\n'],
  ])('%j → %j', (typed, saved) => {
    const editor = typingEditor();
    const out = typeParagraph(editor, typed);
    expect(editor.getEditorState().read(() => $links().length)).toBe(1);
    expect(out).toBe(saved);
  });

  test('a typed GFM literal reopens as the same link', () => {
    expect(gfmHtml(typeParagraph(typingEditor(), 'see https://example.com/a_b '))).toBe(
      '<p>see <a href="https://example.com/a_b">https://example.com/a_b</a></p>\n',
    );
  });

  test('an auto-link GFM does not see is plain text on disk, for the editor to link again', () => {
    const editor = openMarkdown('see today\n');
    const out = edit(editor, () => {
      const text = $getRoot().getFirstDescendant();
      if (!$isTextNode(text)) throw new Error('no text');
      const [, after] = text.splitText(4);
      after.insertBefore(
        $createAutoLinkNode('https://example.com').append($createTextNode('example.com/a_b')),
      );
      after.insertBefore($createTextNode(' '));
    });
    expect(out).toBe('see example.com/a_b today\n');
  });

  test('an auto-link the user undid stays plain text on disk', () => {
    const editor = openMarkdown('see\n');
    const out = edit(editor, () => {
      const text = $getRoot().getFirstDescendant();
      if (!$isTextNode(text)) throw new Error('no text');
      text.insertAfter(
        $createAutoLinkNode('https://x.org', { isUnlinked: true }).append(
          $createTextNode('https://x.org'),
        ),
      );
      text.setTextContent('see ');
    });
    expect(gfmHtml(out)).toBe('<p>see https://x.org</p>\n');
  });

  test('a typed URL GFM would cut short is written as [text](url)', () => {
    const editor = typingEditor();
    const out = typeParagraph(editor, 'see https://x.org/a_b_ now');
    expect(editor.getEditorState().read(() => $links().map((link) => link.getURL()))).toEqual([
      'https://x.org/a_b_',
    ]);
    expect(gfmHtml(out)).toBe(
      '<p>see <a href="https://x.org/a_b_">https://x.org/a_b_</a> now</p>\n',
    );
    expect(roundTrip(out)).toBe(out);
  });

  test('an auto-link whose bytes would break a table cell is written safely', () => {
    const editor = openMarkdown(normalizeMarkdown('| a |\n| - |\n| x |\n'));
    const out = edit(editor, () => {
      const table = $getRoot().getFirstChild();
      const cell = $isTableNode(table) ? table.getChildAtIndex(1) : null;
      const paragraph = $isElementNode(cell) ? cell.getFirstDescendant()?.getParent() : null;
      paragraph
        ?.clear()
        .append(
          $createAutoLinkNode('https://x.org/a|b').append($createTextNode('https://x.org/a|b')),
        );
    });
    expect(out).toContain('https://x.org/a');
    expect(gfmHtml(out)).toContain('<a href="https://x.org/a%7Cb">https://x.org/a|b</a>');
    expect(roundTrip(out)).toBe(out);
  });
});
