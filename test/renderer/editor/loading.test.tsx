import { AutoLinkPlugin } from '@lexical/react/LexicalAutoLinkPlugin';
import { AutoLinkNode, autoLinkUrlMatcher } from '@lexical/link';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { $getRoot, $isTextNode, $nodesOfType, UNDO_COMMAND } from 'lexical';
import { act, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, test } from 'vitest';
import { NOTE_NODES, throwEditorError } from '../../../renderer/editor/editorConfig';
import { InitialContentPlugin } from '../../../renderer/editor/plugins/InitialContentPlugin';
import { editorOf, mountEditor, type Mounted } from './mountEditor';

let mounted: Mounted | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
});

const NOTE = '## Keynote\n\nCulture _first_.\n\n- Culture\n- Automation\n';

/** Counts the updates that change nodes, from before any plugin registers (a layout effect). */
function CountUpdates({ into }: { into: number[] }): null {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyLeaves.size > 0) into.push(dirtyElements.size + dirtyLeaves.size);
      }),
    [editor, into],
  );
  return null;
}

describe('opening a note', () => {
  test('is not an edit and cannot be undone', async () => {
    mounted = await mountEditor({ markdown: NOTE });
    const editor = editorOf(mounted);
    await act(async () => void editor.dispatchCommand(UNDO_COMMAND, undefined));
    expect(mounted.handle().getMarkdown()).toBe(NOTE);
    expect(mounted.calls.changes).toBe(0);
  });

  test('shows the note as written: auto-linking is for typing, not for opening', async () => {
    const note = 'See `http://example.com/x` in code, and https://example.com/y.\n';
    mounted = await mountEditor({ markdown: note });
    const autoLinks = editorOf(mounted)
      .getEditorState()
      .read(() => $nodesOfType(AutoLinkNode).length);
    expect(autoLinks).toBe(0);
    expect(mounted.handle().getMarkdown()).toBe(note);
  });

  test('builds the note once, with the plugins’ transforms already registered', async () => {
    const updates: number[] = [];
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <LexicalComposer
          initialConfig={{
            namespace: 'test',
            nodes: [...NOTE_NODES],
            onError: throwEditorError,
            editorState: null,
          }}
        >
          <CountUpdates into={updates} />
          <ListPlugin />
          <AutoLinkPlugin matchers={[autoLinkUrlMatcher]} />
          <InitialContentPlugin
            markdown={`${NOTE}\nSee https://example.com.\n`}
            onLoaded={() => {}}
          />
        </LexicalComposer>,
      ),
    );
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    // One update built every node and ran the transforms on them (the URL became a link);
    // built before the plugins registered, every node would be dirtied again for a second pass.
    expect(updates).toHaveLength(1);
    await act(async () => root.unmount());
  });

  test('getMarkdown after many small edits is the note with every edit', async () => {
    mounted = await mountEditor({ markdown: NOTE });
    const editor = editorOf(mounted);
    for (const letter of 'abcdefghij')
      await act(async () =>
        editor.update(
          () => {
            const last = $getRoot().getLastDescendant();
            if ($isTextNode(last)) last.setTextContent(`${last.getTextContent()}${letter}`);
          },
          { discrete: true },
        ),
      );
    expect(mounted.handle().getMarkdown()).toBe(NOTE.replace('Automation', 'Automationabcdefghij'));
    expect(mounted.calls.changes).toBeGreaterThan(0);
  });
});
