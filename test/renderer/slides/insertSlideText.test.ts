import { $getNodeByKey, $getRoot, $isElementNode, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $isImageNode } from '../../../renderer/editor/nodes/ImageNode';
import { $insertSlideText } from '../../../renderer/editor/nodes/insertSlideText';
import { queryChips, removeChip } from '../../../renderer/panels/queryChips';
import { imageOffset } from '../../../renderer/slides/slideImageLocation';
import { openMarkdown, readMarkdown } from '../editor/headlessEditor';

/** The key of the first image in the editor. */
function imageKey(editor: ReturnType<typeof openMarkdown>): string {
  return editor.getEditorState().read(() => {
    const walk = (node: ElementNode): string | undefined => {
      for (const child of node.getChildren()) {
        if ($isImageNode(child)) return child.getKey();
        if ($isElementNode(child)) {
          const found = walk(child);
          if (found) return found;
        }
      }
      return undefined;
    };
    return walk($getRoot())!;
  });
}

describe('Insert slide text', () => {
  it('puts the text read from a photo under it as a quote, a slide line per line', () => {
    const editor = openMarkdown('Before.\n\n![SLO slide](assets/slo-01.png)\n\nAfter.\n');
    const key = imageKey(editor);
    editor.update(
      () =>
        void $insertSlideText(
          $getNodeByKey(key)!,
          'Error budgets and SLOs\n\n  Burn rate alerts  \n',
        ),
      { discrete: true },
    );
    expect(readMarkdown(editor)).toBe(
      'Before.\n\n![SLO slide](assets/slo-01.png)\n\n> Error budgets and SLOs\\\n> Burn rate alerts\n\nAfter.\n',
    );
  });

  it('changes nothing for an empty reading', () => {
    const markdown = '![x](assets/a.png)\n';
    const editor = openMarkdown(markdown);
    const key = imageKey(editor);
    let inserted = true;
    editor.update(() => void (inserted = $insertSlideText($getNodeByKey(key)!, ' \n ')), {
      discrete: true,
    });
    expect(inserted).toBe(false);
    expect(readMarkdown(editor)).toBe(markdown);
  });
});

describe('the photo a search hit was read from', () => {
  it('is found in the Markdown by its src, however the link writes it', () => {
    const markdown = 'Intro.\n\n![A](assets/a.png)\n\n![B](<assets/my slide.png> "t")\n';
    expect(imageOffset(markdown, 'assets/a.png')).toBe(8);
    expect(imageOffset(markdown, 'assets/my slide.png')).toBe(markdown.indexOf('![B]'));
    expect(imageOffset(markdown, 'assets/missing.png')).toBe(-1);
  });
});

describe('in:slides in the search box', () => {
  it('is a chip the user can remove', () => {
    const query = 'burn rate in:slides';
    const chips = queryChips(query);
    expect(chips.map((chip) => chip.text)).toEqual(['in:slides']);
    expect(removeChip(query, chips[0])).toBe('burn rate');
  });
});
