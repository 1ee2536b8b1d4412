import { useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../../api';
import { LibraryFeed } from './libraryFeed';
import type { LibraryView } from './libraryView';

/** The window's listing of the library (see LibraryFeed), for React. */
export function useLibraryView(): {
  library: LibraryView | undefined;
  error?: string;
  /** Lists the library again from scratch. */
  refresh: () => Promise<void>;
} {
  const [feed] = useState(() => new LibraryFeed(api().library));
  useEffect(() => feed.start(), [feed]);
  const { library, error } = useSyncExternalStore(feed.subscribe, feed.snapshot);
  return { library, error, refresh: () => feed.refresh() };
}
