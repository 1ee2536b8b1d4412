import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { AppInfo, MenuCommand } from '../../shared/ipc/app';
import { api, errorMessage } from '../api';
import { Panels } from '../panels/Panels';
import type { PanelName, TalkListing } from '../panels/panelTypes';
import { TalkList } from '../panels/TalkList';
import { HomeView } from './home/HomeView';
import { useSyncNotices } from '../panels/useSyncNotices';
import { clockTime } from './localTime';
import type { NotePaneHandle } from './NotePane';
import { OpenNote } from './OpenNote';
import { Preferences } from './Preferences';
import { QuickSwitcher } from './QuickSwitcher';
import { Sidebar } from './Sidebar';
import { Toasts, useToasts } from './Toasts';
import { useLibraryView } from './library/useLibraryView';
import { useLibraryActions } from './useLibraryActions';
import { ariaShortcut, shortcutLabel, useCommands } from './useShortcuts';
import { useTheme } from './useTheme';
import { Welcome } from './Welcome';

type Overlay = 'switcher' | 'preferences' | PanelName;

/** The Confnotes window: the library on the left, the open note on the right, dialogs on top. */
export function App(): ReactNode {
  const [info, setInfo] = useState<AppInfo>();
  const [overlay, setOverlay] = useState<Overlay>();
  // The speaker or tag view, opened from a talk's header or from search results.
  const [listing, setListing] = useState<TalkListing>();
  // Distraction-free writing: no sidebar, the header folded (View menu, Ctrl/Cmd+Shift+D).
  const [distractionFree, setDistractionFree] = useState(false);
  const { library: tree, error } = useLibraryView(info?.libraryPath);
  const { toasts, show, dismiss } = useToasts();
  const pane = useRef<NotePaneHandle>(null);
  const { selection, open, actions, ready, leave } = useLibraryActions(tree, pane, show);
  useTheme(info?.theme, info?.editor.fontSize);
  useSyncNotices(show);

  // Another library chosen in Preferences: the open note (saved first, see OpenLibrary in main) is not in it.
  const libraryPath = info?.libraryPath;
  const shownLibrary = useRef(libraryPath);
  useEffect(() => {
    if (shownLibrary.current && libraryPath !== shownLibrary.current) leave();
    shownLibrary.current = libraryPath;
  }, [libraryPath, leave]);

  useEffect(() => {
    api()
      .app.info({})
      .then(setInfo, (failure: unknown) =>
        show(`Could not load settings: ${errorMessage(failure)}`),
      );
  }, [show]);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'new-talk':
          return actions.newTalk();
        case 'new-conference':
          return actions.newConference();
        case 'quick-switcher':
          return setOverlay('switcher');
        case 'preferences':
          return setOverlay('preferences');
        case 'insert-time':
          return pane.current?.insertText(clockTime(new Date()));
        case 'home':
          return void open(undefined);
        case 'talk-details':
          return pane.current?.toggleDetails();
        case 'distraction-free':
          return setDistractionFree((on) => !on);
        default:
          return setOverlay(command);
      }
    },
    [actions, open],
  );
  useCommands(runCommand);

  // Main is closing the window or quitting: everything typed goes to disk first.
  useEffect(
    () =>
      api().app.onFlushRequest(({ requestId }) => {
        void (pane.current?.flush() ?? Promise.resolve(true))
          .catch(() => false)
          .then((saved) => void api().app.flushed({ requestId, saved }));
      }),
    [],
  );

  const close = useCallback(() => setOverlay(undefined), []);
  const openTrash = useCallback(() => setOverlay('trash'), []);
  const empty = tree !== undefined && tree.conferences.length === 0;
  return (
    <div className={distractionFree ? 'app distraction-free' : 'app'}>
      <Sidebar
        library={tree}
        libraryPath={info?.libraryPath}
        current={selection}
        actions={actions}
        onTrash={openTrash}
      />
      <main className="content">
        {error ? <p role="alert">{error}</p> : null}
        {selection ? (
          <OpenNote
            key={`${selection.entity}:${selection.id}`}
            ref={pane}
            selection={selection}
            assetUrl={info?.assetUrl ?? ''}
            onError={show}
            onReady={ready}
            onShowTalks={setListing}
            distractionFree={distractionFree}
            foldWhileTyping={info?.editor.foldHeaderWhileTyping ?? true}
          />
        ) : empty && info ? (
          <Welcome
            libraryPath={info.libraryPath}
            onCreate={actions.newConference}
            onImport={() => setOverlay('import')}
            onPreferences={() => setOverlay('preferences')}
          />
        ) : tree && !empty ? (
          <HomeView
            library={tree}
            open={(target, then) => void open(target, then)}
            run={runCommand}
          />
        ) : null}
      </main>
      {distractionFree ? (
        <button
          type="button"
          className="leave-distraction-free"
          aria-pressed="true"
          aria-keyshortcuts={ariaShortcut('distraction-free')}
          title={`Leave distraction-free writing (${shortcutLabel('distraction-free') ?? ''})`}
          onClick={() => setDistractionFree(false)}
        >
          Distraction-free
        </button>
      ) : null}
      {overlay === 'switcher' ? (
        <QuickSwitcher tree={tree} onOpen={(target) => void open(target)} onClose={close} />
      ) : null}
      {overlay === 'preferences' && info ? (
        <Preferences info={info} onInfo={setInfo} onClose={close} />
      ) : null}
      {overlay && overlay !== 'switcher' && overlay !== 'preferences' ? (
        <Panels
          panel={overlay}
          tree={tree}
          selection={selection}
          pane={pane}
          open={open}
          show={show}
          onClose={close}
          showTalks={(target) => {
            close();
            setListing(target);
          }}
        />
      ) : null}
      {listing ? (
        <TalkList
          key={`${listing.by}:${listing.value}`}
          listing={listing}
          open={(target) => open(target)}
          onClose={() => setListing(undefined)}
        />
      ) : null}
      <Toasts toasts={toasts} dismiss={dismiss} />
    </div>
  );
}
