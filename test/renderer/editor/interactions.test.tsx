import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $isAutoLinkNode } from '@lexical/link';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { INSERT_TIME_COMMAND } from '../../../renderer/editor/plugins/insertTime';
import { editorOf, mountEditor, type Mounted } from './mountEditor';

let mounted: Mounted | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});

/** Types like a person: one character per update, so Markdown shortcuts fire as in the app. */
async function type(editor: LexicalEditor, text: string): Promise<void> {
  for (const char of text) {
    await act(async () => {
      if (char === '\n')
        editor.dispatchCommand(KEY_ENTER_COMMAND, new KeyboardEvent('keydown', { key: 'Enter' }));
      else
        editor.update(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.insertText(char);
        });
    });
  }
}

async function typeNote(text: string): Promise<{ editor: LexicalEditor; markdown: () => string }> {
  mounted = await mountEditor({ markdown: '' });
  const editor = editorOf(mounted);
  await act(async () => editor.update(() => $getRoot().selectEnd()));
  await type(editor, text);
  const handle = mounted.handle();
  return { editor, markdown: () => handle.getMarkdown() };
}

describe('Markdown shortcuts while typing', () => {
  test.each([
    ['## Keynote', '## Keynote\n'],
    ['### Q&A', '### Q\\&A\n'],
    ['- culture\nautomation', '- culture\n- automation\n'],
    ['1. flow\nfeedback', '1. flow\n2. feedback\n'],
    ['[ ] book a room', '- [ ] book a room\n'],
    ['> Trust emerges.', '> Trust emerges.\n'],
    ['--- ', '---\n'],
    ['Notes\n---\n', 'Notes\n\n---\n'],
    // One format per note: jsdom moves the caret after a format shortcut, which a browser does not.
    ['**bold**', '**bold**\n'],
    ['_italic_', '_italic_\n'],
    ['`code`', '`code`\n'],
    ['~~gone~~', '~~gone~~\n'],
  ])('%j becomes %j', async (typed, expected) => {
    const { markdown } = await typeNote(typed);
    expect(markdown()).toBe(expected);
  });

  test('``` opens a code block', async () => {
    const { editor, markdown } = await typeNote('``` ');
    expect(editor.getEditorState().read(() => $getRoot().getFirstChild()?.getType())).toBe('code');
    await type(editor, 'make test');
    expect(markdown()).toBe('```\nmake test\n```\n');
  });

  test('a bare URL typed in text becomes a link, saved as typed', async () => {
    const { editor, markdown } = await typeNote('Slides at https://example.com/a_b today');
    const linked = editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .filter((text) => $isAutoLinkNode(text.getParent()))
        .map((text) => text.getTextContent()),
    );
    expect(linked).toEqual(['https://example.com/a_b']);
    expect(markdown()).toBe('Slides at https://example.com/a_b today\n');
  });
});

describe('commands', () => {
  test('insert current time uses the clock', async () => {
    const { editor, markdown } = await typeNote('Demo starts ');
    await act(async () => editor.dispatchCommand(INSERT_TIME_COMMAND, undefined));
    expect(markdown()).toBe('Demo starts 14:05\n');
  });

  test('pasted image files go to onImageFile and come back as images with a caption', async () => {
    const { editor, markdown } = await typeNote('Slide:');
    const photo = new File([new Uint8Array([137, 80, 78, 71])], 'IMG_0001.png', {
      type: 'image/png',
    });
    const notImage = new File(['x'], 'notes.txt', { type: 'text/plain' });
    await act(async () => {
      editor.dispatchCommand(DRAG_DROP_PASTE, [photo, notImage]);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(mounted?.calls.images).toEqual([photo]);
    expect(markdown()).toBe('Slide:\n\n![](assets/talk-01.png)\n');
    const img = mounted?.container.querySelector('img');
    expect(img?.getAttribute('src')).toBe('confnotes-asset://library/assets/talk-01.png');
    const caption = mounted?.container.querySelector<HTMLInputElement>(
      'input[aria-label="Caption"]',
    );
    expect(caption).not.toBeNull();
  });

  test('scrollToOffset selects the search term in the block that held the offset', async () => {
    const note = '## One\n\nFirst paragraph.\n\n## Two\n\nThe error budget is spent.\n';
    mounted = await mountEditor({ markdown: note });
    const handle = mounted.handle();
    await act(async () => handle.scrollToOffset(note.indexOf('error budget'), ['budget']));
    const editor = editorOf(mounted);
    const selected = editor.getEditorState().read(() => $getSelection()?.getTextContent());
    expect(selected).toBe('budget');
  });

  test('editing a raw-Markdown block through its text area is saved', async () => {
    mounted = await mountEditor({ markdown: 'Text.\n\n<!-- draft -->\n' });
    const area = mounted.container.querySelector<HTMLTextAreaElement>(
      'textarea[aria-label="Raw Markdown"]',
    );
    if (!area) throw new Error('raw block not shown');
    expect(area.value).toBe('<!-- draft -->');
    await act(async () => {
      // React tracks the value it last set; the native setter makes the change visible to it.
      Reflect.set(HTMLTextAreaElement.prototype, 'value', '<!-- final -->', area);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(mounted.handle().getMarkdown()).toBe('Text.\n\n<!-- final -->\n');
    expect(mounted.calls.changes).toBeGreaterThan(0);
  });
});
