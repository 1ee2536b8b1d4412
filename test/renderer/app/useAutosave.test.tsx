import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryChange } from '../../../shared/library';
import {
  useAutosave,
  type Autosave,
  type AutosaveApi,
  type SavableNote,
} from '../../../renderer/app/useAutosave';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Doc = SavableNote;

/** A fake `window.api.library` for one note, with a way to change the file "outside". */
function fakeApi() {
  let disk: Doc = { entity: 'talk', id: 't1', revision: 'r1', body: 'on disk' };
  const listeners = new Set<(change: LibraryChange) => void>();
  const api: AutosaveApi<Doc, Record<string, unknown>> & {
    disk: () => Doc;
    outside: (body: string) => void;
    /** The watcher reporting the file again with nothing new in it (one write seen as two events). */
    echo: () => void;
  } = {
    disk: () => disk,
    write: async (_note, change) => {
      if (change.baseRevision !== disk.revision)
        throw Object.assign(new Error('changed outside'), { code: 'conflict' });
      disk = { ...disk, body: change.body ?? disk.body, revision: `${disk.revision}+` };
      return { revision: disk.revision };
    },
    read: async () => disk,
    onChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    outside: (body) => {
      disk = { ...disk, body, revision: `${disk.revision}x` };
      api.echo();
    },
    echo: () =>
      listeners.forEach((l) =>
        l({ entity: 'talk', id: 't1', kind: 'changed', path: 'c/t.md', external: true }),
      ),
  };
  return api;
}

describe('useAutosave', () => {
  let root: Root;
  let container: HTMLDivElement;
  beforeEach(() => {
    container = document.createElement('div');
    root = createRoot(container);
  });
  afterEach(() => act(() => root.unmount()));

  async function mount(api: ReturnType<typeof fakeApi>) {
    const editor = { text: api.disk().body };
    const reloads: string[] = [];
    const handle: { current?: Autosave<Doc, Record<string, unknown>> } = {};
    function Probe() {
      handle.current = useAutosave<Doc, Record<string, unknown>>(
        api.disk(),
        () => editor.text,
        (doc) => {
          editor.text = doc.body;
          reloads.push(doc.body);
        },
        api,
      );
      return null;
    }
    await act(async () => root.render(<Probe />));
    return { editor, reloads, handle: () => handle.current! };
  }

  const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 20)));

  it('takes an outside change in at once when nothing is unsaved', async () => {
    const api = fakeApi();
    const { reloads, handle } = await mount(api);
    await act(async () => api.outside('edited in another editor'));
    await settle();
    expect(reloads).toEqual(['edited in another editor']);
    expect(handle().choice).toBeUndefined();
    expect(handle().state.kind).toBe('saved');
  });

  it('asks the user when the outside change meets unsaved edits, and keeping theirs loses nothing of the disk', async () => {
    const api = fakeApi();
    const { editor, reloads, handle } = await mount(api);
    editor.text = 'on disk, and my edit';
    act(() => handle().bodyChanged());
    await act(async () => api.outside('their edit'));
    await settle();
    expect(reloads).toEqual([]);
    expect(handle().choice).toMatchObject({
      reason: 'external',
      mine: 'on disk, and my edit',
      theirs: { body: 'their edit' },
    });
    await act(async () => handle().keepMine());
    await settle();
    expect(api.disk().body).toBe('on disk, and my edit');
    expect(handle().state.kind).toBe('saved');
  });

  it('asks once about one outside change, however many events the watcher reports for it', async () => {
    const api = fakeApi();
    const { editor, handle } = await mount(api);
    editor.text = 'on disk, and my edit';
    act(() => handle().bodyChanged());
    await act(async () => api.outside('their edit'));
    await settle();
    expect(handle().choice?.theirs.body).toBe('their edit');
    // The second event of the same write lands while "Keep my version" is on its way to disk.
    await act(async () => {
      const kept = handle().keepMine();
      api.echo();
      await kept;
    });
    await settle();
    expect(handle().choice).toBeUndefined();
    expect(api.disk().body).toBe('on disk, and my edit');
    // A change made after the choice is a new one, and is asked about again.
    editor.text = 'on disk, and my edit, and more';
    act(() => handle().bodyChanged());
    await act(async () => api.outside('their second edit'));
    await settle();
    expect(handle().choice?.theirs.body).toBe('their second edit');
  });

  it('shows both versions after a conflicting save, and can take the disk’s', async () => {
    const api = fakeApi();
    const { editor, reloads, handle } = await mount(api);
    // The file changes while nothing is unsaved (and is reloaded), then a write races a second change.
    api.outside('theirs');
    editor.text = 'mine';
    act(() => handle().bodyChanged());
    await act(async () => void (await handle().flush()));
    await settle();
    expect(handle().state.kind === 'conflict' || handle().choice?.reason === 'external').toBe(true);
    expect(handle().choice).toMatchObject({ mine: 'mine', theirs: { body: 'theirs' } });
    act(() => handle().takeTheirs());
    expect(reloads.at(-1)).toBe('theirs');
    expect(handle().choice).toBeUndefined();
  });

  it('saves when the window loses focus', async () => {
    vi.useRealTimers();
    const api = fakeApi();
    const { editor, handle } = await mount(api);
    editor.text = 'typed just before alt-tab';
    act(() => handle().bodyChanged());
    await act(async () => void window.dispatchEvent(new Event('blur')));
    await settle();
    expect(api.disk().body).toBe('typed just before alt-tab');
  });
});
