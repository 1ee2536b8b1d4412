import { useMemo, useState, type ReactNode } from 'react';
import type { LibraryView } from './library/libraryView';
import { fuzzyFilter } from './fuzzy';
import { Modal } from '../ui/Modal';
import type { Selection } from './selection';

interface Target extends Selection {
  label: string;
  detail: string;
}

/** Ctrl/Cmd+P: type a few letters of any conference or talk and jump to it. */
export function QuickSwitcher({
  tree,
  onOpen,
  onClose,
}: {
  tree: LibraryView | undefined;
  onOpen: (target: Selection) => void;
  onClose: () => void;
}): ReactNode {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const targets = useMemo<Target[]>(
    () =>
      (tree?.conferences ?? []).flatMap((conference) => [
        {
          entity: 'conference' as const,
          id: conference.id,
          label: conference.meta.title,
          detail: conference.meta.starts ?? '',
        },
        ...conference.talks.map((talk) => ({
          entity: 'talk' as const,
          id: talk.id,
          label: talk.meta.title,
          detail: [talk.meta.speakers.map((s) => s.name).join(', '), conference.meta.title]
            .filter(Boolean)
            .join(' · '),
        })),
      ]),
    [tree],
  );
  const matches = useMemo(
    () => fuzzyFilter(query, targets, (target) => `${target.label} ${target.detail}`).slice(0, 50),
    [query, targets],
  );
  const choose = (target: Target | undefined) => {
    if (!target) return;
    onClose();
    onOpen({ entity: target.entity, id: target.id });
  };
  return (
    <Modal label="Quick switcher" onClose={onClose} className="switcher">
      <input
        aria-label="Go to"
        role="combobox"
        aria-expanded="true"
        aria-controls="switcher-list"
        aria-activedescendant={matches[active] ? `switch-${active}` : undefined}
        autoFocus
        placeholder="Go to a conference or talk…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((at) => Math.min(at + 1, matches.length - 1));
          else if (event.key === 'ArrowUp') setActive((at) => Math.max(at - 1, 0));
          else if (event.key === 'Enter') choose(matches[active]);
          else return;
          event.preventDefault();
        }}
      />
      <ul id="switcher-list" role="listbox" aria-label="Matches">
        {matches.map((target, index) => (
          <li
            key={`${target.entity}:${target.id}`}
            id={`switch-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(target);
            }}
          >
            <span className="entry-title">{target.label}</span>{' '}
            <span className="entry-detail">{target.detail}</span>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
