import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import type { LibraryChange, LibraryTree } from '../../../shared/library';
import { useLibraryTree } from '../../../renderer/app/useLibraryTree';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The sidebar lists the library again for changes it shows, not for every autosave. */
it('lists again after a change to the listing, not after a save of the notes alone', async () => {
  const listeners = new Set<(change: LibraryChange) => void>();
  const list = vi.fn(async (): Promise<LibraryTree> => ({
    root: '/l',
    conferences: [],
    problems: [],
  }));
  window.api = {
    library: {
      list,
      onChanged: (listener: (change: LibraryChange) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  } as unknown as typeof window.api;
  const change = (extra: Partial<LibraryChange>) =>
    listeners.forEach((l) =>
      l({ entity: 'talk', id: 't1', kind: 'changed', path: 'c/t.md', external: false, ...extra }),
    );
  function Sidebar() {
    useLibraryTree();
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Sidebar />));
  expect(list).toHaveBeenCalledTimes(1);

  await act(async () => {
    change({ notesOnly: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  expect(list).toHaveBeenCalledTimes(1);

  await act(async () => {
    change({});
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  expect(list).toHaveBeenCalledTimes(2);
  act(() => root.unmount());
});
