import type { ReactNode } from 'react';
import type { MenuCommand } from '../../../shared/ipc/app';
import type { LibraryView } from '../library/libraryView';
import type { NotePaneHandle } from '../NotePane';
import type { Selection } from '../selection';
import { ariaShortcut, shortcutLabel } from '../useShortcuts';
import { ConferencesByYear } from './ConferencesByYear';
import { NowNext } from './NowNext';
import { RecentTalks } from './RecentTalks';
import './home.css';

/**
 * What the window shows when no note is open, the first thing a person sees
 * on launch: the talk on now and next (when a conference is on and has a
 * schedule), the talks edited last, every conference by year, and the
 * actions to start with.
 */
export function HomeView({
  library,
  open,
  run,
}: {
  library: LibraryView;
  open: (target: Selection, then?: (pane: NotePaneHandle) => void) => void;
  /** Runs a command, as its menu item or shortcut would. */
  run: (command: MenuCommand) => void;
}): ReactNode {
  const action = (command: MenuCommand, label: string, primary = false) => {
    const shortcut = shortcutLabel(command);
    return (
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        onClick={() => run(command)}
        title={shortcut ? `${label} (${shortcut})` : label}
        aria-keyshortcuts={ariaShortcut(command)}
      >
        {label}
        {shortcut ? <kbd>{shortcut}</kbd> : null}
      </button>
    );
  };
  const talks = library.conferences.reduce((sum, c) => sum + c.talkCount, 0);
  return (
    <section className="home" aria-labelledby="home-title">
      <header className="home-header">
        <h1 id="home-title">Your conferences</h1>
        <p className="home-summary">
          {library.conferences.length} conference{library.conferences.length === 1 ? '' : 's'},{' '}
          {talks} talk{talks === 1 ? '' : 's'}
        </p>
      </header>
      <div className="home-actions" role="group" aria-label="Start">
        {action('new-talk', 'New talk', true)}
        {action('new-conference', 'New conference')}
        {action('import', 'Import…')}
        {action('search', 'Search all notes…')}
        {action('quick-switcher', 'Go to…')}
      </div>
      <NowNext library={library} open={open} onSchedule={() => run('now')} />
      <RecentTalks library={library} open={open} />
      <ConferencesByYear library={library} open={open} />
    </section>
  );
}
