import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import { useFolds } from '../../../renderer/app/library/useFolds';
import { useLibraryView } from '../../../renderer/app/library/useLibraryView';
import { conference, outline } from './libraryRows';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Another library chosen in Preferences: listed afresh, with its own folding. */
it('lists the library and loads its folding again when another library is chosen', async () => {
  let root = 'first';
  const libraryOutline = vi.fn(async () => outline([conference(`c-${root}`, root)], []));
  const sidebarFolds = vi.fn(async () => ({ folds: { [`year:${root}`]: true } }));
  window.api = {
    library: { outline: libraryOutline, talks: vi.fn(), onChanged: () => () => {} },
    app: { sidebarFolds, setSidebarFolds: vi.fn(async () => ({ folds: {} })) },
  } as unknown as typeof window.api;
  let seen: { titles?: string[]; folds?: object } = {};
  function Window({ path }: { path?: string }) {
    const { library } = useLibraryView(path);
    const { folds } = useFolds(path);
    seen = { titles: library?.conferences.map((c) => c.meta.title), folds };
    return null;
  }
  const view = createRoot(document.createElement('div'));
  await act(async () => view.render(<Window />));
  // The app's info arrives: the same library, nothing is asked twice.
  await act(async () => view.render(<Window path="/first" />));
  expect(seen).toEqual({ titles: ['first'], folds: { 'year:first': true } });
  expect([libraryOutline.mock.calls.length, sidebarFolds.mock.calls.length]).toEqual([1, 1]);

  root = 'second';
  await act(async () => view.render(<Window path="/second" />));
  expect(seen).toEqual({ titles: ['second'], folds: { 'year:second': true } });
  expect([libraryOutline.mock.calls.length, sidebarFolds.mock.calls.length]).toEqual([2, 2]);
  act(() => view.unmount());
});
