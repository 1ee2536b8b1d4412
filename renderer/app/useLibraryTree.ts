import { useCallback, useEffect, useState } from 'react';
import type { LibraryTree } from '../../shared/library';
import { api, errorMessage } from '../api';

/**
 * The sidebar's view of the library: listed once, and again shortly after
 * any change to what it lists (ours or from outside), coalescing bursts such
 * as an import; a save of the notes' text alone leaves the listing as it is.
 */
export function useLibraryTree(): {
  tree: LibraryTree | undefined;
  error?: string;
  refresh: () => Promise<void>;
} {
  const [tree, setTree] = useState<LibraryTree>();
  const [error, setError] = useState<string>();
  const refresh = useCallback(async () => {
    try {
      const listed = await api().library.list({});
      // Every autosave is a change too (once a second while the user types); when the list is
      // the same, keeping the old object spares the whole window a re-render on the typing path.
      setTree((current) => (sameTree(current, listed) ? current : listed));
      setError(undefined);
    } catch (failure) {
      setError(`Could not read the library: ${errorMessage(failure)}`);
    }
  }, []);
  useEffect(() => {
    api()
      .library.list({})
      .then(setTree, (failure: unknown) =>
        setError(`Could not read the library: ${errorMessage(failure)}`),
      );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = api().library.onChanged((change) => {
      if (change.notesOnly) return;
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 150);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [refresh]);
  return { tree, error, refresh };
}

function sameTree(a: LibraryTree | undefined, b: LibraryTree): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
