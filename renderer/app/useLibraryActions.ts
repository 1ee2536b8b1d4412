import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { api, errorMessage } from '../api';
import { conferenceOfTalk, type LibraryView } from './library/libraryView';
import { localIsoDate, localIsoTime } from './localTime';
import type { NotePaneHandle } from './NotePane';
import type { Selection } from './selection';
import type { SidebarActions } from './sidebarActions';
import type { Toast } from './Toasts';

type Show = (text: string, action?: Toast['action']) => void;

/**
 * What the sidebar, the shortcuts and the panels do to the library. Opening
 * another note always saves the open one first; if that fails, the note
 * stays open with its text and the user is told. The listing follows by
 * itself (main sends each change with its listing). The actions keep one
 * identity, so the memoised sidebar does not render again for them.
 */
export function useLibraryActions(
  tree: LibraryView | undefined,
  pane: RefObject<NotePaneHandle | null>,
  show: Show,
) {
  const [selection, setSelection] = useState<Selection>();
  // Read by the actions when they run, so the actions themselves never change.
  const latest = useRef({ tree, selection });
  useLayoutEffect(() => {
    latest.current = { tree, selection };
  });
  /** Runs once the next note is on screen (focus its title, scroll to a match). */
  const afterOpen = useRef<((pane: NotePaneHandle) => void) | undefined>(undefined);
  /** Whether the selected note is on screen (its `ready` came): `ready` comes once per note. */
  const onScreen = useRef(false);

  const open = useCallback(
    async (target: Selection | undefined, then?: (pane: NotePaneHandle) => void) => {
      if (pane.current && !(await pane.current.flush())) {
        show('This note could not be saved, so it stays open: your text is still in it.');
        return;
      }
      const current = latest.current.selection;
      if (target && current?.entity === target.entity && current.id === target.id) {
        // Already open (a search hit in the open note): no `ready` will come again, so the
        // callback runs now, or at the `ready` still to come if the note is still loading.
        if (onScreen.current && pane.current) {
          afterOpen.current = undefined;
          then?.(pane.current);
        } else afterOpen.current = then;
        return;
      }
      afterOpen.current = then;
      onScreen.current = false;
      // Committed at once, so no keystroke can land between the save and the switch.
      flushSync(() => setSelection(target));
    },
    [pane, show],
  );

  const guard = useCallback(
    (what: string, action: () => Promise<unknown>) => () =>
      void action().catch((error: unknown) => show(`${what} failed: ${errorMessage(error)}`)),
    [show],
  );

  const actions = useMemo((): SidebarActions => {
    const conferenceFor = (id?: string): string | undefined => {
      const { tree, selection } = latest.current;
      if (id) return id;
      if (selection?.entity === 'conference') return selection.id;
      const owner = selection ? conferenceOfTalk(tree, selection.id) : undefined;
      return owner?.id ?? tree?.conferences[0]?.id;
    };

    return {
      open: (target) => void open(target),
      newConference: () =>
        guard('Creating the conference', async () => {
          const created = await api().library.createConference({
            meta: { title: 'New conference', starts: localIsoDate(new Date()) },
          });
          await open({ entity: 'conference', id: created.id }, (p) => p.focusTitle(true));
        })(),
      newTalk: (conferenceId) =>
        guard('Creating the talk', async () => {
          const target = conferenceFor(conferenceId);
          if (!target) return show('Create a conference first: talks live inside a conference.');
          const created = await api().library.createTalk({
            conferenceId: target,
            meta: { title: 'Untitled talk', starts: localIsoTime(new Date()) },
          });
          await open({ entity: 'talk', id: created.id }, (p) => p.focusTitle(true));
        })(),
      rename: (target, title) =>
        guard('Renaming', async () => {
          if (latest.current.selection?.id === target.id && pane.current)
            return pane.current.rename(title);
          if (target.entity === 'talk') {
            const doc = await api().library.readTalk({ id: target.id });
            await api().library.updateTalk({
              id: target.id,
              baseRevision: doc.revision,
              meta: { title },
            });
          } else {
            const doc = await api().library.readConference({ id: target.id });
            await api().library.updateConference({
              id: target.id,
              baseRevision: doc.revision,
              meta: { title },
            });
          }
        })(),
      remove: (target) =>
        guard('Moving to the trash', async () => {
          const { tree, selection } = latest.current;
          const closing =
            selection?.id === target.id ||
            (target.entity === 'conference' &&
              selection !== undefined &&
              conferenceOfTalk(tree, selection.id)?.id === target.id);
          if (closing) await open(undefined);
          const entry =
            target.entity === 'talk'
              ? await api().library.deleteTalk({ id: target.id })
              : await api().library.deleteConference({ id: target.id });
          show(`Moved “${entry.title}” to the trash.`, {
            label: 'Undo',
            run: guard('Undo', async () => {
              await api().library.restore({ trashId: entry.trashId });
            }),
          });
        })(),
    };
  }, [open, guard, show, pane]);

  const ready = useCallback(() => {
    onScreen.current = true;
    const then = afterOpen.current;
    afterOpen.current = undefined;
    if (then && pane.current) then(pane.current);
  }, [pane]);

  /**
   * Lets the open note go without saving it: another library was chosen,
   * and main had the window save it into its own library before switching.
   */
  const leave = useCallback(() => {
    afterOpen.current = undefined;
    onScreen.current = false;
    setSelection(undefined);
  }, []);

  return { selection, open, actions, ready, leave };
}
