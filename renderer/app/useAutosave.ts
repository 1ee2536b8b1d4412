import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LibraryChange } from '../../shared/library';
import { NoteSaver, type NoteWrite, type SaveState } from './noteSaver';

/** The part of a note the autosave needs: which file, and the revision and body read. */
export interface SavableNote {
  entity: 'talk' | 'conference';
  id: string;
  revision: string;
  body: string;
}

/** What the hook needs from main; `window.api.library` in the app, a fake in unit tests. */
export interface AutosaveApi<D extends SavableNote, P> {
  write(note: D, change: NoteWrite<P>): Promise<{ revision: string }>;
  read(note: D): Promise<D>;
  onChanged(listener: (change: LibraryChange) => void): () => void;
}

/** Two versions side by side, for the user to choose: after a conflict, or an outside change while editing. */
export interface VersionChoice<D> {
  reason: 'conflict' | 'external';
  mine: string;
  theirs: D;
  conflictPath?: string;
}

export interface Autosave<D, P> {
  state: SaveState;
  choice: VersionChoice<D> | undefined;
  bodyChanged: () => void;
  patchMeta: (patch: P) => void;
  /** Saves now; resolves true when everything is on disk. */
  flush: () => Promise<boolean>;
  keepMine: () => Promise<void>;
  takeTheirs: () => void;
}

/**
 * Autosave for the open note (see NoteSaver for the timing rules), plus what
 * surrounds it: saving when the window loses focus, hides or closes, and
 * taking outside changes in (at once when nothing is unsaved, else by choice).
 */
export function useAutosave<D extends SavableNote, P>(
  note: D | undefined,
  readBody: () => string,
  onReload: (doc: D) => void,
  api: AutosaveApi<D, P>,
): Autosave<D, P> {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const [choice, setChoice] = useState<VersionChoice<D>>();
  const saver = useRef<NoteSaver<P>>(undefined);
  /**
   * The disk's revision the user last chose against. A watcher reports one
   * outside write as several events (a truncate, then the bytes), some
   * arriving after the choice: the same revision is not asked about twice.
   */
  const answered = useRef<string>(undefined);
  const latest = useRef({ readBody, onReload, api, note });
  useLayoutEffect(() => {
    latest.current = { readBody, onReload, api, note };
  });

  const noteKey = note ? `${note.entity}:${note.id}` : undefined;
  useEffect(() => {
    const open = latest.current.note;
    if (!open) return undefined;
    const current = new NoteSaver<P>({
      revision: open.revision,
      body: open.body,
      readBody: () => latest.current.readBody(),
      write: (change) => latest.current.api.write(open, change),
      onState: setState,
    });
    saver.current = current;
    setState({ kind: 'saved' });
    setChoice(undefined);
    answered.current = undefined;
    return () => {
      // Switching notes: whatever is pending goes to disk before the saver goes away.
      void current.flush().finally(() => current.dispose());
    };
  }, [noteKey]);

  const askUser = useCallback(async (reason: VersionChoice<D>['reason'], conflictPath?: string) => {
    const { note: open, api: io, readBody: read } = latest.current;
    if (!open) return;
    const theirs = await io.read(open);
    // Resolved meanwhile (the user chose while a write was still on its way): nothing to ask.
    if (reason === 'conflict' && !saver.current?.inConflict) return;
    // Nothing new on disk: what we read last, or what the user has already chosen against.
    if (
      reason === 'external' &&
      (theirs.revision === saver.current?.revision || theirs.revision === answered.current)
    )
      return;
    setChoice({ reason, mine: read(), theirs, ...(conflictPath ? { conflictPath } : {}) });
  }, []);

  useEffect(() => {
    if (state.kind === 'conflict') void askUser('conflict', state.conflictPath);
  }, [state, askUser]);

  useEffect(() => {
    if (!note) return undefined;
    return api.onChanged((change) => {
      const current = saver.current;
      if (!change.external || change.id !== note.id || change.entity !== note.entity || !current)
        return;
      if (change.kind === 'removed') return;
      void (async () => {
        if (current.dirty || current.inConflict) return askUser('external');
        const disk = await latest.current.api.read(note);
        if (disk.revision === current.revision) return;
        if (current.dirty) return askUser('external');
        current.reset(disk.revision, disk.body);
        latest.current.onReload(disk);
      })();
    });
  }, [note, api, askUser]);

  useEffect(() => {
    const flushNow = () => void saver.current?.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flushNow();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.current?.dirty) return;
      flushNow();
      event.preventDefault(); // asks the browser to wait: the save is on its way
    };
    window.addEventListener('blur', flushNow);
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('blur', flushNow);
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  return {
    state,
    choice,
    bodyChanged: useCallback(() => saver.current?.bodyChangedNow(), []),
    patchMeta: useCallback((patch: P) => saver.current?.patchMeta(patch), []),
    flush: useCallback(() => saver.current?.flush() ?? Promise.resolve(true), []),
    keepMine: useCallback(async () => {
      if (!choice || !saver.current) return;
      answered.current = choice.theirs.revision;
      setChoice(undefined);
      await saver.current.keepMine(choice.theirs.revision);
    }, [choice]),
    takeTheirs: useCallback(() => {
      if (!choice || !saver.current) return;
      answered.current = choice.theirs.revision;
      saver.current.reset(choice.theirs.revision, choice.theirs.body);
      latest.current.onReload(choice.theirs);
      setChoice(undefined);
    }, [choice]),
  };
}
