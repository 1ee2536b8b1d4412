import { $createLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  $getRoot,
  $isParagraphNode,
  $isTextNode,
  PASTE_COMMAND,
  type PasteCommandType,
} from 'lexical';
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { isPastableUrl, isSafeLinkUrl } from '../../../renderer/editor/links/safeUrl';
import { normalizeMarkdown } from '../../../shared/markdown';
import { editorOf, mountEditor, type Mounted } from './mountEditor';

describe('isSafeLinkUrl', () => {
  test.each([
    ['https://example.com/talk', true],
    ['http://example.com', true],
    ['mailto:speaker@example.com', true],
    ['assets/slide-01.png', true],
    ['../2019-all-day-devops/keynote.md', true],
    ['#notes', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['  javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['file:///etc/passwd', false],
    ['tel:+3212345678', false],
    ['//evil.example.com/x', false],
    ['', false],
  ])('%s → %s', (url, safe) => expect(isSafeLinkUrl(url)).toBe(safe));
});

describe('isPastableUrl', () => {
  test.each([
    ['https://example.com/a?b=c', true],
    ['mailto:a@b.org', true],
    ['https://example.com and more', false],
    ['javascript:alert(1)', false],
    ['example.com', false],
    ['just words', false],
  ])('%s → %s', (text, ok) => expect(isPastableUrl(text)).toBe(ok));
});

let mounted: Mounted | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});

const click = (element: Element, init: MouseEventInit = {}) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
  element.dispatchEvent(event);
  return event;
};

describe('links in the editor', () => {
  test('dangerous URLs never reach the DOM nor the opener, and stay in the file', async () => {
    const note = '[safe](https://example.com) [bad](javascript:alert(1))\n';
    mounted = await mountEditor({ markdown: note, readOnly: true });
    const [safe, bad] = [...mounted.container.querySelectorAll('a')];
    expect(safe.getAttribute('href')).toBe('https://example.com');
    expect(bad.getAttribute('href')).not.toMatch(/javascript/i);
    expect(click(bad).defaultPrevented).toBe(true);
    expect(click(safe).defaultPrevented).toBe(true);
    expect(mounted.calls.opened).toEqual(['https://example.com']);
    expect(mounted.handle().getMarkdown()).toBe(normalizeMarkdown(note));
  });

  test('while editing, a plain click places the caret and Ctrl+click opens', async () => {
    mounted = await mountEditor({ markdown: 'See [the repo](https://github.com/x/y).\n' });
    const link = mounted.container.querySelector('a');
    if (!link) throw new Error('no link rendered');
    expect(click(link).defaultPrevented).toBe(true);
    expect(mounted.calls.opened).toEqual([]);
    click(link, { ctrlKey: true });
    expect(mounted.calls.opened).toEqual(['https://github.com/x/y']);
  });

  test('pasting a URL over selected text links it; other text is pasted as usual', async () => {
    mounted = await mountEditor({ markdown: 'Read the keynote notes.\n' });
    const editor = editorOf(mounted);
    const selectWord = () =>
      editor.update(
        () => {
          const paragraph = $getRoot().getFirstChild();
          const text = $isParagraphNode(paragraph) ? paragraph.getFirstChild() : null;
          if ($isTextNode(text)) text.select(9, 16);
        },
        { discrete: true },
      );
    await act(async () => {
      selectWord();
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, 'javascript:alert(1)');
      editor.dispatchCommand(PASTE_COMMAND, pasteEvent('javascript:alert(1)'));
    });
    // Not a link: pasted as the plain text it is.
    expect(mounted.handle().getMarkdown()).toBe('Read the javascript:alert(1) notes.\n');
    await act(async () => mounted?.handle().replaceMarkdown('Read the keynote notes.\n'));
    await act(async () => {
      selectWord();
      editor.dispatchCommand(PASTE_COMMAND, pasteEvent('https://example.com/keynote'));
    });
    expect(mounted.handle().getMarkdown()).toBe(
      'Read the [keynote](https://example.com/keynote) notes.\n',
    );
  });

  test('an empty link is not written', async () => {
    mounted = await mountEditor({ markdown: '' });
    const editor = editorOf(mounted);
    await act(async () =>
      editor.update(() => {
        const paragraph = $getRoot().getFirstChildOrThrow();
        if ($isParagraphNode(paragraph))
          paragraph.append($createLinkNode('mailto:a@b.org').append());
      }),
    );
    await act(async () => mounted?.handle().insertText('x'));
    expect(mounted.handle().getMarkdown()).toBe('x\n');
  });
});

// jsdom has no ClipboardEvent; Lexical's paste handling checks the event's class by name.
class ClipboardEvent extends Event {}
class DragEvent extends Event {}
(globalThis as { ClipboardEvent?: unknown }).ClipboardEvent ??= ClipboardEvent;
(globalThis as { DragEvent?: unknown }).DragEvent ??= DragEvent;

function pasteEvent(text: string): PasteCommandType {
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: {
      getData: (type: string) => (type.startsWith('text') ? text : ''),
      types: ['text/plain'],
      files: [],
    },
  });
  return event as unknown as PasteCommandType;
}
