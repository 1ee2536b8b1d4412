import { useCallback, useEffect, useState } from 'react';
import type { LibraryTree } from '../../shared/library';
import { api, errorMessage } from '../api';

/**
 * The sidebar's view of the library: listed once, and again shortly after
 * any change (ours or from outside), coalescing bursts such as an import.
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
      setTree(await api().library.list({}));
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
    const stop = api().library.onChanged(() => {
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
