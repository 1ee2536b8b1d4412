import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode } from '@lexical/list';
import { $createHorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
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
import { $exportMarkdown } from '../../../renderer/editor/markdown/exportMarkdown';
import { IncrementalMarkdownExporter } from '../../../renderer/editor/markdown/incrementalExport';
import { $createHardBreakNode } from '../../../renderer/editor/nodes/HardBreakNode';
import { $isRawMarkdownNode } from '../../../renderer/editor/nodes/RawMarkdownNode';
import { openMarkdown } from './headlessEditor';
import { sharedNotesDir } from '../../helpers/sharedFixtures';

const notesIn = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .map((name) => ({ name, markdown: readFileSync(join(dir, name), 'utf8') }));

/** Every construct the editor shows or keeps raw, side by side, so edits make new neighbours. */
const MIXED = [
  '## Keynote',
  'Bare https://example.com/a_b, <https://x.org/c> and www.example.com/d or a@b.org.',
  'Some _italic_, **bold**, ~~gone~~ and `code`, a [link](https://x.org "t") and a break\\\nhere.',
  '- a\n- b\n  - c\n    - d\n- e',
  '1. one\n   - sub\n2. two',
  '- [ ] todo\n- [x] done',
  '> Trust emerges.\n> —Simon Sinek',
  '```ts title="x.ts"\nconst a = 1;\n\nconst b = 2;\n```',
  '---',
  '| Left | Center | Right |\n| :--- | :----: | ----: |\n| a | b | c |',
  '<div class="x">\n*kept as is*\n</div>',
  'Text[^1].\n\n[^1]: The note.',
  '![Slide: CAMS](assets/keynote-01.png)',
  '3. x\n4. y',
  '- a\n\n- b',
].join('\n\n');

const NOTES = [
  { name: 'mixed constructs', markdown: `${MIXED}\n` },
  ...notesIn(resolve(process.cwd(), 'test/fixtures/notes'), '.md'),
  ...notesIn(sharedNotesDir(), '.txt'),
];

/** A small deterministic generator, so a failure replays. */
function random(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

function $descendants(node: LexicalNode): LexicalNode[] {
  return $isElementNode(node) ? node.getChildren().flatMap((c) => [c, ...$descendants(c)]) : [];
}

/** One edit of the kinds typing, the toolbar and the Markdown shortcuts make. */
function $edit(pick: (below: number) => number): void {
  const blocks = $getRoot().getChildren();
  const block = blocks[pick(blocks.length)];
  const all = $descendants($getRoot());
  const texts = all.filter($isTextNode);
  const text = texts[pick(texts.length)];
  switch (pick(10)) {
    case 0:
      text?.setTextContent(`${text.getTextContent()} more *words*`);
      break;
    case 1:
      text?.toggleFormat(pick(2) ? 'bold' : 'italic');
      break;
    case 2:
      if (blocks.length > 1) block.remove();
      break;
    case 3:
      block.insertAfter($createParagraphNode().append($createTextNode('New para')));
      break;
    case 4: {
      const kind = (['bullet', 'number', 'check'] as const)[pick(3)];
      const item = $createListItemNode(kind === 'check' ? false : undefined);
      block.insertAfter($createListNode(kind).append(item.append($createTextNode('item'))));
      break;
    }
    case 5: {
      const list = all.filter($isListNode)[0];
      list?.setListType((['bullet', 'number', 'check'] as const)[pick(3)]);
      break;
    }
    case 6: {
      const item = all.filter($isListItemNode)[0];
      item?.setChecked(!item.getChecked());
      break;
    }
    case 7:
      text?.insertAfter($createHardBreakNode());
      break;
    case 8: {
      const raw = all.find($isRawMarkdownNode) ?? blocks.find($isRawMarkdownNode);
      raw?.setMarkdown(`${raw.getMarkdown()}\nextra line`);
      break;
    }
    default:
      block.insertBefore($createHorizontalRuleNode());
  }
}

const both = (editor: LexicalEditor, exporter: IncrementalMarkdownExporter) =>
  editor.getEditorState().read(() => ({
    incremental: exporter.$export(),
    full: $exportMarkdown(),
  }));

describe('IncrementalMarkdownExporter', () => {
  test.each(NOTES)('$name: the same bytes as a full export, edit after edit', ({ markdown }) => {
    const editor = openMarkdown(markdown);
    const exporter = new IncrementalMarkdownExporter();
    const first = both(editor, exporter);
    expect(first.incremental).toBe(first.full);
    const pick = random(markdown.length);
    for (let step = 0; step < 60; step++) {
      editor.update(() => $edit(pick), { discrete: true });
      const { incremental, full } = both(editor, exporter);
      expect(incremental, `after edit ${step}`).toBe(full);
    }
  });

  test('an empty note and a note of one empty paragraph export like the full export', () => {
    for (const markdown of ['', '\n']) {
      const editor = openMarkdown(markdown);
      const { incremental, full } = both(editor, new IncrementalMarkdownExporter());
      expect(incremental).toBe(full);
    }
  });

  test('after one edit only the edited block is written again', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} with words.`);
    const editor = openMarkdown(`${paragraphs.join('\n\n')}\n`);
    const exporter = new IncrementalMarkdownExporter();
    both(editor, exporter);
    expect(exporter.lastWritten).toBe(300);
    editor.update(
      () => {
        const block = $getRoot().getChildAtIndex(150);
        const text = $isElementNode(block) ? block.getFirstDescendant() : null;
        if ($isTextNode(text)) text.setTextContent('Edited paragraph.');
      },
      { discrete: true },
    );
    const { incremental, full } = both(editor, exporter);
    expect(incremental).toBe(full);
    expect(incremental).toContain('\n\nEdited paragraph.\n\n');
    expect(exporter.lastWritten).toBe(1);
  });
});
