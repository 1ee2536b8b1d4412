import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { LibraryTree } from '../../shared/library';
import { ContextMenu, type MenuItem } from './ContextMenu';
import type { Selection } from './selection';

export interface SidebarActions {
  open: (selection: Selection) => void;
  newConference: () => void;
  newTalk: (conferenceId?: string) => void;
  rename: (selection: Selection, title: string) => void;
  remove: (selection: Selection) => void;
}

/** A key for an entry: `talk:ID` or `conference:ID`. */
const keyOf = (selection: Selection) => `${selection.entity}:${selection.id}`;

/**
 * The library as a navigation list: conferences newest first, each with its
 * talks in time order (the core's order). Every action is a button, in a
 * context menu, and on the keyboard (F2 renames, Delete moves to the trash,
 * arrows move between entries).
 */
export function Sidebar({
  tree,
  current,
  actions,
}: {
  tree: LibraryTree | undefined;
  current?: Selection;
  actions: SidebarActions;
}): ReactNode {
  const [renaming, setRenaming] = useState<string>();
  const [menu, setMenu] = useState<{ x: number; y: number; target: Selection }>();

  const onKey = (event: KeyboardEvent<HTMLElement>, target: Selection) => {
    if (event.key === 'F2') setRenaming(keyOf(target));
    else if (
      event.key === 'Delete' ||
      (event.key === 'Backspace' && (event.metaKey || event.ctrlKey))
    )
      actions.remove(target);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const entries = [...document.querySelectorAll<HTMLElement>('.library-entry')];
      const at = entries.indexOf(event.currentTarget);
      entries[at + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    } else return;
    event.preventDefault();
  };

  const entry = (target: Selection, label: string, detail: string | undefined) =>
    renaming === keyOf(target) ? (
      <input
        aria-label="New name"
        className="rename-input"
        defaultValue={label}
        autoFocus
        onBlur={() => setRenaming(undefined)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setRenaming(undefined);
          if (event.key !== 'Enter') return;
          const title = event.currentTarget.value.trim();
          if (title && title !== label) actions.rename(target, title);
          setRenaming(undefined);
        }}
      />
    ) : (
      <button
        type="button"
        className="library-entry"
        aria-current={current && keyOf(current) === keyOf(target) ? 'page' : undefined}
        onClick={() => actions.open(target)}
        onKeyDown={(event) => onKey(event, target)}
        onContextMenu={(event) => {
          event.preventDefault();
          setMenu({ x: event.clientX, y: event.clientY, target });
        }}
      >
        <span className="entry-title">{label}</span>
        {detail ? <span className="entry-detail">{detail}</span> : null}
      </button>
    );

  const menuItems = (target: Selection): MenuItem[] => [
    { label: 'Open', run: () => actions.open(target) },
    { label: 'Rename', run: () => setRenaming(keyOf(target)) },
    ...(target.entity === 'conference'
      ? [{ label: 'New talk here', run: () => actions.newTalk(target.id) }]
      : []),
    { label: 'Move to trash', run: () => actions.remove(target) },
  ];

  return (
    <nav aria-label="Library" className="sidebar">
      <div className="sidebar-actions">
        <button type="button" onClick={actions.newConference}>
          New conference
        </button>
        <button
          type="button"
          onClick={() => actions.newTalk()}
          disabled={!tree?.conferences.length}
        >
          New talk
        </button>
      </div>
      <ul className="conference-list">
        {tree?.conferences.map((conference) => (
          <li key={conference.id}>
            {entry(
              { entity: 'conference', id: conference.id },
              conference.meta.title,
              conference.meta.starts?.slice(0, 4),
            )}
            <ul className="talk-list">
              {conference.talks.map((talk) => (
                <li key={talk.id}>
                  {entry(
                    { entity: 'talk', id: talk.id },
                    talk.meta.title,
                    talk.meta.speakers.map((speaker) => speaker.name).join(', ') || undefined,
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {tree?.problems.length ? (
        <details className="problems">
          <summary>{tree.problems.length} file(s) with problems</summary>
          <ul>
            {tree.problems.map((problem) => (
              <li key={problem.path}>
                {problem.path}: {problem.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {menu ? (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          items={menuItems(menu.target)}
          onClose={() => setMenu(undefined)}
        />
      ) : null}
    </nav>
  );
}
