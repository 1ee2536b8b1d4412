import type { LexicalEditor } from 'lexical';
import { PASTE_COMMAND, type PasteCommandType } from 'lexical';
import { act } from 'react';
import { visit } from 'unist-util-visit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkLink } from '../../../shared/links';
import { parseMarkdown } from '../../../shared/markdown';
import { clipboardCases, htmlCases, noteCases } from '../../fixtures/hostile/cases';
import { findDangers, isAllowedUrl } from '../../fixtures/hostile/dangers';
import { Tally } from '../../fixtures/hostile/tally';
import { openMarkdown, readMarkdown } from '../editor/headlessEditor';
import { mountEditor, type Mounted } from '../editor/mountEditor';

/**
 * The corpus in the real NotesEditor (React 19 + Lexical on jsdom): notes
 * opened from Markdown, and hostile HTML pasted from a poisoned clipboard.
 * Protections covered: raw HTML is shown as a raw-Markdown text area, never
 * as live DOM (RawMarkdownNode); Lexical's LinkNode neutralises unsafe
 * hrefs and LinkClickPlugin hands only checked URLs to the opener; images
 * load only through resolveImageSrc (the asset route); a paste imports only
 * the nodes the editor registers, and unsafe links (editorConfig.ts paste
 * conversion) lose their target. Opening never marks the note dirty, so
 * nothing is saved unless the user edits.
 */
const arm = { marker: '/tmp/confnotes-hostile-editor-marker', secret: '/nonexistent/secret.png' };
const notes = noteCases(arm);
const pastes = [...clipboardCases(arm), ...htmlCases(arm)];
const tally = new Tally();
const flag = () => (window as { __hostilePwned?: unknown }).__hostilePwned;

let mounted: Mounted | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});
afterAll(() => {
  tally.print();
  expect(tally.count('editor')).toBe(notes.length);
  expect(tally.count('paste')).toBe(pastes.length);
});

const textOf = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : new TextDecoder().decode(content);

/** Every link and image target in Markdown, as the one engine reads it. */
function targets(markdown: string): string[] {
  const urls: string[] = [];
  visit(parseMarkdown(markdown), (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
      urls.push(node.url);
  });
  return urls;
}

/**
 * Every URL the editor handed to the app's opener: the app passes it to
 * main's checked opener (shared/links.ts), which may only open web links.
 */
function expectOnlyWebLinksOpen(opened: string[]): void {
  for (const url of opened) {
    const decision = checkLink(url);
    if (decision.action === 'open') expect(decision.url).toMatch(/^(https?:|mailto:)/);
    else expect(decision.action).toBe('refuse');
  }
}

/**
 * Findings in the editor's DOM. A scheme-relative `//host` href is left by
 * Lexical's own sanitiser (it cannot parse it); it is inert because
 * LinkClickPlugin cancels every click and main refuses every navigation.
 */
function editorDangers(html: string): string[] {
  return findDangers(html).filter((finding) => !/^href="\/\/[^"]*" on <a>$/.test(finding));
}

/**
 * The note as the editor renders it: its content-editable root. The toolbar
 * around it is the app's own markup (its icons are inline SVG) and holds
 * nothing of the note.
 */
function noteHtml(target: Mounted): string {
  const root = target.container.querySelector('[data-lexical-editor="true"]');
  if (!root) throw new Error('no editor content mounted');
  return root.innerHTML;
}

function clickEveryLink(container: HTMLElement): void {
  for (const anchor of container.querySelectorAll('a')) {
    anchor.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }),
    );
  }
}

describe('hostile notes opened in the editor', () => {
  it.each(notes.filter((n) => n.large !== true))(
    '$id: nothing live, nothing opened, not dirty',
    async (note) => {
      tally.add('editor', note.id);
      mounted = await mountEditor({ markdown: textOf(note.content) });
      expect(editorDangers(noteHtml(mounted))).toEqual([]);
      await act(async () => clickEveryLink(mounted!.container));
      expectOnlyWebLinksOpen(mounted.calls.opened);
      expect(mounted.calls.changes).toBe(0);
      expect(typeof mounted.handle().getMarkdown()).toBe('string');
      expect(flag()).toBeUndefined();
    },
  );

  it.each(notes.filter((n) => n.large === true))(
    '$id: opens and writes back in bounded time',
    (note) => {
      tally.add('editor', note.id);
      const text = textOf(note.content);
      const markdown = readMarkdown(openMarkdown(text));
      // Kept verbatim or as equivalent Markdown: nothing of a huge note is dropped.
      expect(markdown.trimEnd().length).toBeGreaterThanOrEqual(text.trimEnd().length * 0.9);
    },
    180_000,
  );
});

describe('a poisoned clipboard pasted into the editor', () => {
  it.each(pastes)('$id: $expected', async (paste) => {
    tally.add('paste', paste.id);
    mounted = await mountEditor({ markdown: 'Notes.\n' });
    const editor = editorOf(mounted);
    await act(async () => {
      editor.update(() => editor.getRootElement()?.focus(), { discrete: true });
      editor.dispatchCommand(PASTE_COMMAND, htmlPaste(paste.html));
    });
    expect(editorDangers(noteHtml(mounted))).toEqual([]);
    const saved = mounted.handle().getMarkdown();
    for (const url of targets(saved)) expect(isAllowedUrl(url), `${url} in ${saved}`).toBe(true);
    // The saved Markdown renders nothing live either.
    expect(findDangers(saved.replace(/\\</g, '&lt;'))).toEqual([]);
    await act(async () => clickEveryLink(mounted!.container));
    expectOnlyWebLinksOpen(mounted.calls.opened);
    expect(flag()).toBeUndefined();
  });
});

// jsdom has no ClipboardEvent; Lexical's paste handling checks the event's class by name.
class ClipboardEvent extends Event {}
class DragEvent extends Event {}
(globalThis as { ClipboardEvent?: unknown }).ClipboardEvent ??= ClipboardEvent;
(globalThis as { DragEvent?: unknown }).DragEvent ??= DragEvent;

function htmlPaste(html: string): PasteCommandType {
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
  const data: Record<string, string> = {
    'text/html': html,
    'text/plain': html.replace(/<[^>]*>/g, ''),
  };
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (type: string) => data[type] ?? '', types: Object.keys(data), files: [] },
  });
  return event as unknown as PasteCommandType;
}

function editorOf(target: Mounted): LexicalEditor {
  const root = target.container.querySelector<HTMLElement & { __lexicalEditor?: LexicalEditor }>(
    '[data-lexical-editor="true"]',
  );
  const editor = root?.__lexicalEditor;
  if (!editor) throw new Error('no Lexical editor mounted');
  return editor;
}
