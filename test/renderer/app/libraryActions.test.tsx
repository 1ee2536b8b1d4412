import { act, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import type { NotePaneHandle } from '../../../renderer/app/NotePane';
import type { Selection } from '../../../renderer/app/selection';
import { useLibraryActions } from '../../../renderer/app/useLibraryActions';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Pane = NotePaneHandle & { id: string };

/** Notes still loading, by id: resolving one shows it. */
const loading = new Map<string, () => void>();

/** A note as OpenNote shows one: once loaded (at once unless `slow`), its pane in the ref, then `ready`, once. */
function Note({ id, pane, onReady }: { id: string; pane: Ref<Pane>; onReady: () => void }) {
  const [loaded, setLoaded] = useState(!id.startsWith('slow'));
  useEffect(() => {
    if (!loaded) loading.set(id, () => setLoaded(true));
  }, [id, loaded]);
  return loaded ? <LoadedNote id={id} pane={pane} onReady={onReady} /> : null;
}

function LoadedNote({ id, pane, onReady }: { id: string; pane: Ref<Pane>; onReady: () => void }) {
  useImperativeHandle(pane, () => ({ id, flush: async () => true }) as Pane);
  useEffect(() => onReady(), [onReady]);
  return null;
}

/** The window's use of the actions: the selected note keyed by its id, as App keys OpenNote. */
function mountWindow() {
  const api: { open?: ReturnType<typeof useLibraryActions>['open'] } = {};
  function Window() {
    const pane = useRef<Pane>(null);
    const { selection, open, ready } = useLibraryActions(undefined, pane, () => {});
    api.open = open;
    return selection ? (
      <Note key={selection.id} id={selection.id} pane={pane} onReady={ready} />
    ) : null;
  }
  const view = createRoot(document.createElement('div'));
  act(() => view.render(<Window />));
  const open = (target: Selection | undefined, then?: (pane: NotePaneHandle) => void) =>
    act(() => api.open!(target, then));
  return { open, unmount: () => act(() => view.unmount()) };
}

const talk = (id: string): Selection => ({ entity: 'talk', id });
const paneIds = (then: ReturnType<typeof vi.fn>) =>
  then.mock.calls.map(([pane]) => (pane as Pane).id);

it('runs what follows an open once the note is on screen, also for the note already open', async () => {
  const window = mountWindow();
  const first = vi.fn();
  await window.open(talk('a'), first);
  expect(paneIds(first)).toEqual(['a']);

  // A search hit in the open note: no new note comes, the scroll to the match still must.
  const again = vi.fn();
  await window.open(talk('a'), again);
  expect(paneIds(again)).toEqual(['a']);

  // Nothing left waiting runs on the next note opened.
  const next = vi.fn();
  await window.open(talk('b'), next);
  expect(paneIds(next)).toEqual(['b']);
  expect([first.mock.calls.length, again.mock.calls.length]).toEqual([1, 1]);
  window.unmount();
});

it('runs it once the note is on screen when the note asked for again is still loading', async () => {
  const window = mountWindow();
  const first = vi.fn();
  await window.open(talk('slow'), first);
  const again = vi.fn();
  await window.open(talk('slow'), again);
  expect([first.mock.calls.length, again.mock.calls.length]).toEqual([0, 0]);
  act(() => loading.get('slow')!());
  // The later request wins, as a later click does.
  expect([first.mock.calls.length, paneIds(again)]).toEqual([0, ['slow']]);
  window.unmount();
});
