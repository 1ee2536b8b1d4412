import type { Root } from 'mdast';
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../../shared/markdown';
import { editorOf, mountEditor, type Mounted } from './mountEditor';

let mounted: Mounted | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});

const NOTE = '## Keynote\n\nCulture _first_.\n\nAutomation second.\n';

/** A background parse the test finishes by hand: the real engine, on the test's schedule. */
function heldParse() {
  const held: { markdown?: string; finish: () => Promise<void>; fail: () => Promise<void> } = {
    finish: async () => {},
    fail: async () => {},
  };
  const parseNote = (markdown: string) =>
    new Promise<Root>((resolve, reject) => {
      held.markdown = markdown;
      held.finish = () => act(async () => resolve(parseMarkdown(markdown)));
      held.fail = () => act(async () => reject(new Error('the worker died')));
    });
  return { held, parseNote };
}

const content = (m: Mounted) => m.container.querySelector<HTMLElement>('[aria-label="Notes"]')!;

describe('a long note parsed in the background', () => {
  test('until its tree arrives the editor is busy and read-only, and saving gives the note as opened', async () => {
    const { held, parseNote } = heldParse();
    mounted = await mountEditor({ markdown: NOTE, parseNote });
    expect(held.markdown).toBe(NOTE);
    expect(content(mounted).getAttribute('aria-busy')).toBe('true');
    expect(content(mounted).getAttribute('contenteditable')).toBe('false');
    expect(content(mounted).textContent).toBe('');
    expect(mounted.handle().getMarkdown()).toBe(NOTE);

    await held.finish();
    expect(content(mounted).getAttribute('aria-busy')).toBeNull();
    expect(content(mounted).getAttribute('contenteditable')).toBe('true');
    expect(content(mounted).textContent).toContain('Automation second.');
    expect(mounted.handle().getMarkdown()).toBe(NOTE);
    // Loading is not an edit.
    expect(mounted.calls.changes).toBe(0);
  });

  test('what the app asks before the note is in happens once it is, in order', async () => {
    const { held, parseNote } = heldParse();
    mounted = await mountEditor({ markdown: NOTE, parseNote });
    const handle = mounted.handle();
    await act(async () => {
      handle.replaceMarkdown('Replaced.\n');
      handle.insertText('Inserted ');
    });
    expect(handle.getMarkdown()).toBe(NOTE);
    await held.finish();
    expect(handle.getMarkdown()).toBe('Inserted Replaced.\n');
    expect(mounted.calls.changes).toBe(1);
  });

  test('a failed background parse is parsed on the spot instead', async () => {
    const { held, parseNote } = heldParse();
    mounted = await mountEditor({ markdown: NOTE, parseNote });
    await held.fail();
    expect(content(mounted).textContent).toContain('Culture first.');
    expect(content(mounted).getAttribute('contenteditable')).toBe('true');
    expect(mounted.handle().getMarkdown()).toBe(NOTE);
  });

  test('a tree that arrives after the note was closed is dropped', async () => {
    const { held, parseNote } = heldParse();
    mounted = await mountEditor({ markdown: NOTE, parseNote });
    const editor = editorOf(mounted);
    await mounted.unmount();
    mounted = undefined;
    await held.finish();
    expect(editor.getEditorState().read(() => editor.getEditorState().isEmpty())).toBe(true);
  });

  test('a read-only note stays read-only when its tree arrives', async () => {
    const { held, parseNote } = heldParse();
    mounted = await mountEditor({ markdown: NOTE, parseNote, readOnly: true });
    await held.finish();
    expect(content(mounted).textContent).toContain('Culture first.');
    expect(content(mounted).getAttribute('contenteditable')).toBe('false');
  });
});
