import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
} from 'lexical';
import { describe, expect, test } from 'vitest';
import { $exportMarkdown } from '../../../renderer/editor/markdown/exportMarkdown';
import { IncrementalMarkdownExporter } from '../../../renderer/editor/markdown/incrementalExport';
import { sharedNotesDir } from '../../helpers/sharedFixtures';
import { openMarkdown } from './headlessEditor';

const NOTES = readdirSync(sharedNotesDir())
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, markdown: readFileSync(join(sharedNotesDir(), name), 'utf8') }));

/** Lists next to lists (written as one chunk, bullets alternating), between other blocks. */
const LISTS = [
  'Intro.',
  '- a\n- b',
  '* c\n* d',
  '- e',
  'Middle.',
  '1. one\n2. two',
  '- [ ] task',
  '## End',
].join('\n\n');

/** Appends text to the last text of block `index` (a user typing there). */
function typeInto(editor: ReturnType<typeof openMarkdown>, index: number, text: string): void {
  editor.update(
    () => {
      let node = $getRoot().getChildAtIndex(index);
      while ($isElementNode(node) && node.getLastChild()) node = node.getLastChild();
      if ($isTextNode(node)) node.setTextContent(node.getTextContent() + text);
    },
    { discrete: true },
  );
}

describe('priming the incremental exporter after a note opens', () => {
  test.each([...NOTES, { name: 'lists', markdown: `${LISTS}\n` }])(
    '$name: primed in slices, the first save writes nothing new and equals the full export',
    ({ markdown }) => {
      const editor = openMarkdown(markdown);
      const exporter = new IncrementalMarkdownExporter();
      let slices = 1;
      while (!editor.read(() => exporter.$prime(3))) slices++;
      expect(slices).toBeGreaterThan(2);
      expect(editor.read(() => exporter.$export())).toBe(editor.read($exportMarkdown));
      expect(exporter.lastWritten).toBe(0);
    },
  );

  test('edits while priming (before and after the slice reached them) come out as in the full export', () => {
    const editor = openMarkdown(`${LISTS}\n`);
    const exporter = new IncrementalMarkdownExporter();
    editor.read(() => exporter.$prime(2));
    typeInto(editor, 0, ' typed early');
    typeInto(editor, 6, ' typed late');
    editor.update(
      () =>
        $getRoot()
          .getChildAtIndex(3)
          ?.insertAfter($createParagraphNode().append($createTextNode('New.'))),
      {
        discrete: true,
      },
    );
    while (!editor.read(() => exporter.$prime(2)));
    const full = editor.read($exportMarkdown);
    expect(full).toContain('typed early');
    expect(full).toContain('typed late');
    expect(editor.read(() => exporter.$export())).toBe(full);
    typeInto(editor, 0, ' then more');
    expect(editor.read(() => exporter.$export())).toBe(editor.read($exportMarkdown));
    expect(exporter.lastWritten).toBe(1);
  });
});
