import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { AppInfo, MenuCommand } from '../../shared/ipc/app';
import { api, errorMessage } from '../api';
import { Panels } from '../panels/Panels';
import type { PanelName, TalkListing } from '../panels/panelTypes';
import { TalkList } from '../panels/TalkList';
import { clockTime } from './localTime';
import type { NotePaneHandle } from './NotePane';
import { OpenNote } from './OpenNote';
import { Preferences } from './Preferences';
import { QuickSwitcher } from './QuickSwitcher';
import { Sidebar } from './Sidebar';
import { Toasts, useToasts } from './Toasts';
import { useLibraryActions } from './useLibraryActions';
import { useLibraryTree } from './useLibraryTree';
import { useCommands } from './useShortcuts';
import { useTheme } from './useTheme';
import { Welcome } from './Welcome';

type Overlay = 'switcher' | 'preferences' | PanelName;

/** The Confnotes window: the library on the left, the open note on the right, dialogs on top. */
export function App(): ReactNode {
  const [info, setInfo] = useState<AppInfo>();
  const [overlay, setOverlay] = useState<Overlay>();
  // The speaker or tag view, opened from a talk's header or from search results.
  const [listing, setListing] = useState<TalkListing>();
  const { tree, error, refresh } = useLibraryTree();
  const { toasts, show, dismiss } = useToasts();
  const pane = useRef<NotePaneHandle>(null);
  const { selection, open, actions, ready } = useLibraryActions(tree, pane, show, refresh);
  useTheme(info?.theme, info?.editor.fontSize);

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
        default:
          return setOverlay(command);
      }
    },
    [actions],
  );
  useCommands(runCommand);

  // Main is closing the window or quitting: everything typed goes to disk first.
  useEffect(
    () =>
      api().app.onFlushRequest(({ requestId }) => {
        void (pane.current?.flush() ?? Promise.resolve(true)).finally(
          () => void api().app.flushed({ requestId }),
        );
      }),
    [],
  );

  const close = useCallback(() => setOverlay(undefined), []);
  const empty = tree !== undefined && tree.conferences.length === 0;
  return (
    <div className="app">
      <Sidebar tree={tree} current={selection} actions={actions} />
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
          />
        ) : empty && info ? (
          <Welcome
            libraryPath={info.libraryPath}
            onCreate={actions.newConference}
            onImport={() => setOverlay('import')}
            onPreferences={() => setOverlay('preferences')}
          />
        ) : (
          <p className="hint">Pick a talk on the left, or press Ctrl+N for a new one.</p>
        )}
      </main>
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
