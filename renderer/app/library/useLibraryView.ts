import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { api } from '../../api';
import { LibraryFeed } from './libraryFeed';
import type { LibraryView } from './libraryView';

/**
 * The window's listing of the library (see LibraryFeed), for React. When
 * another library is chosen (`libraryPath` changes), it is listed afresh.
 */
export function useLibraryView(libraryPath?: string): {
  library: LibraryView | undefined;
  error?: string;
  /** Lists the library again from scratch. */
  refresh: () => Promise<void>;
} {
  const [feed] = useState(() => new LibraryFeed(api().library));
  useEffect(() => feed.start(), [feed]);
  const listedPath = useRef(libraryPath);
  useEffect(() => {
    if (listedPath.current !== undefined && libraryPath !== listedPath.current) void feed.refresh();
    listedPath.current = libraryPath;
  }, [feed, libraryPath]);
  const { library, error } = useSyncExternalStore(feed.subscribe, feed.snapshot);
  return { library, error, refresh: () => feed.refresh() };
}
