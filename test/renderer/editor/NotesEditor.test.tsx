import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { mountEditor, type Mounted } from './mountEditor';

let mounted: Mounted | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});

const NOTE = '## Keynote\n\nCulture first.\n\n- Culture\n- Automation\n';

describe('NotesEditor', () => {
  test('shows the note in a textbox named Notes and gives the same Markdown back', async () => {
    mounted = await mountEditor({ markdown: NOTE });
    const box = mounted.container.querySelector('[role="textbox"][aria-label="Notes"]');
    expect(box).not.toBeNull();
    expect(box?.getAttribute('aria-multiline')).toBe('true');
    expect(box?.querySelector('h2')?.textContent).toBe('Keynote');
    expect(mounted.handle().getMarkdown()).toBe(NOTE);
    expect(mounted.calls.changes).toBe(0);
  });

  test('every toolbar button has an accessible name', async () => {
    mounted = await mountEditor({ markdown: NOTE });
    const buttons = [...mounted.container.querySelectorAll('[role="toolbar"] button')];
    expect(buttons.length).toBeGreaterThan(15);
    for (const button of buttons)
      expect(button.getAttribute('aria-label') ?? button.textContent).toMatch(/\w/);
    const names = buttons.map((button) => button.getAttribute('aria-label'));
    expect(names).toEqual(
      expect.arrayContaining([
        'Bold',
        'Italic',
        'Heading 2',
        'Checklist',
        'Undo',
        'Insert current time',
      ]),
    );
  });

  test('every toolbar button shows a face that needs no emoji font', async () => {
    mounted = await mountEditor({ markdown: NOTE });
    const buttons = [...mounted.container.querySelectorAll('[role="toolbar"] button')];
    for (const button of buttons) {
      const text = button.textContent ?? '';
      // An emoji face is a blank box where no emoji font is installed (many Linux desktops).
      expect(text, button.getAttribute('aria-label') ?? '').not.toMatch(/[\u{1F000}-\u{1FAFF}]/u);
      expect(text.trim() !== '' || button.querySelector('svg') !== null).toBe(true);
    }
    const link = buttons.find((button) => button.getAttribute('aria-label') === 'Link');
    expect(link?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  test('insertText signals a change and lands in the Markdown', async () => {
    mounted = await mountEditor({ markdown: NOTE });
    await act(async () => mounted?.handle().insertText('Sharing'));
    expect(mounted.calls.changes).toBeGreaterThan(0);
    expect(mounted.handle().getMarkdown()).toContain('Sharing');
  });

  test('a new noteKey re-mounts with the new note', async () => {
    mounted = await mountEditor({ markdown: NOTE });
    await act(async () => mounted?.handle().insertText('unsaved words'));
    await mounted.update({ noteKey: 'note-2', markdown: '# Other talk\n' });
    expect(mounted.handle().getMarkdown()).toBe('# Other talk\n');
    expect(mounted.container.textContent).not.toContain('unsaved words');
  });

  test('read-only notes keep the textbox but are not editable and have no toolbar', async () => {
    mounted = await mountEditor({ markdown: NOTE, readOnly: true });
    const box = mounted.container.querySelector('[aria-label="Notes"]');
    expect(box?.getAttribute('contenteditable')).toBe('false');
    expect(mounted.container.querySelector('[role="toolbar"]')).toBeNull();
  });
});
