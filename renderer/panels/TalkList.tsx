import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { TalkRef } from '../../shared/ipc/search';
import { api, errorMessage } from '../api';
import { Modal } from '../ui/Modal';
import type { Selection } from '../app/selection';
import type { TalkListing } from './panelTypes';

/** The dialog's name, also its heading: "Talks by Liz Fong-Jones", "Talks tagged security". */
function listingTitle(listing: TalkListing): string {
  return listing.by === 'speaker' ? `Talks by ${listing.value}` : `Talks tagged ${listing.value}`;
}

/**
 * The speaker view and the tag view (issue 4): every talk across all
 * conferences and years, oldest first, from the search index. Arrows move
 * between talks, Enter opens one.
 */
export function TalkList({
  listing,
  open,
  onClose,
}: {
  listing: TalkListing;
  open: (target: Selection) => Promise<void>;
  onClose: () => void;
}): ReactNode {
  const [talks, setTalks] = useState<TalkRef[]>();
  const [error, setError] = useState<string>();
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let live = true;
    const search = api().search;
    const found =
      listing.by === 'speaker'
        ? search.talksBySpeaker({ name: listing.value })
        : search.talksByTag({ tag: listing.value });
    found.then(
      (result) => live && setTalks(result),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [listing.by, listing.value]);

  // Arrow keys walk the buttons; Tab still works as everywhere else.
  const move = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step || !list.current) return;
    const buttons = [...list.current.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[Math.max(0, Math.min(buttons.length - 1, at + step))]?.focus();
    event.preventDefault();
  };

  const title = listingTitle(listing);
  return (
    <Modal label={title} onClose={onClose} className="talk-list">
      <h2>{title}</h2>
      {error ? <p role="alert">{error}</p> : null}
      {talks === undefined && !error ? <p className="loading">Looking…</p> : null}
      {talks?.length === 0 ? <p>No talks yet.</p> : null}
      {talks?.length ? (
        <ul ref={list} aria-label={title} onKeyDown={move}>
          {talks.map((talk, index) => (
            <li key={talk.talkId}>
              <button
                type="button"
                autoFocus={index === 0}
                aria-label={`${talk.title}, ${talk.conference}`}
                onClick={() => {
                  onClose();
                  void open({ entity: 'talk', id: talk.talkId });
                }}
              >
                <span className="hit-title">{talk.title}</span>
                <span className="entry-detail">
                  {' '}
                  — {talk.conference}
                  {talk.speakers.length ? `, ${talk.speakers.join(', ')}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </Modal>
  );
}
