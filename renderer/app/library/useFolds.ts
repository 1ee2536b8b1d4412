import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import type { FoldState } from './treeRows';

/** Folding bursts (Left, Left, Left…) are saved once they settle. */
const SAVE_DELAY_MS = 400;

/**
 * The sidebar's folding, loaded from main's settings for this library and
 * saved back there: it survives a restart and a new browser profile.
 * Undefined until loaded, so the tree does not open one way and jump. When
 * another library is chosen, its own folding is loaded.
 */
export function useFolds(libraryPath?: string): {
  folds: FoldState | undefined;
  /** Sets groups unfolded (true) or folded (false). */
  setFolds: (changes: Record<string, boolean>) => void;
} {
  const [folds, setState] = useState<FoldState>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef<FoldState>({});
  /** Whether `latest` holds folding main has not been sent yet. */
  const pending = useRef(false);

  const loadedFor = useRef(libraryPath);
  useEffect(() => {
    // The first answer is this library's whatever the path said at the time; only a switch
    // from one library to another asks again.
    const switched = loadedFor.current !== undefined && loadedFor.current !== libraryPath;
    loadedFor.current = libraryPath;
    if (folds !== undefined && !switched) return undefined;
    if (switched) {
      // A save still waiting belongs to the other library: main now answers for this one.
      clearTimeout(timer.current);
      pending.current = false;
      latest.current = {};
    }
    let live = true;
    api()
      .app.sidebarFolds({})
      .then(
        ({ folds: saved }) => {
          if (!live) return;
          latest.current = { ...saved, ...latest.current };
          setState(latest.current);
        },
        // Without saved folding the defaults apply; nothing the person typed is at stake.
        () => live && setState(latest.current),
      );
    return () => {
      live = false;
    };
    // Asks once, and again only for another library (`folds` is read, not followed).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [libraryPath]);

  const saveNow = useCallback(() => {
    clearTimeout(timer.current);
    if (!pending.current) return;
    pending.current = false;
    void api()
      .app.setSidebarFolds({ folds: latest.current })
      .catch(() => {});
  }, []);
  const save = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = true;
    timer.current = setTimeout(saveNow, SAVE_DELAY_MS);
  }, [saveNow]);
  // A window closed inside the burst still has its folding saved.
  useEffect(() => {
    window.addEventListener('pagehide', saveNow);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      saveNow();
    };
  }, [saveNow]);

  const setFolds = useCallback(
    (changes: Record<string, boolean>) => {
      const current = latest.current;
      if (Object.entries(changes).every(([key, open]) => current[key] === open)) return;
      latest.current = { ...current, ...changes };
      setState(latest.current);
      save();
    },
    [save],
  );
  return { folds, setFolds };
}
