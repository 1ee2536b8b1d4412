import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { NowNextResult, ScheduledTalkView } from '../../shared/schedule/nowNextTypes';
import { api, errorMessage } from '../api';
import { Modal } from '../ui/Modal';
import type { PanelProps } from './panelTypes';
import { ScheduleImport } from './ScheduleImport';

const ROOM_KEY = 'confnotes.room.';

/**
 * Ctrl/Cmd+Shift+N: opens the talk on now at the conference in view (the one
 * in the attendee's room or track among parallel ones), else offers a short
 * choice; shows what is next, in the conference's time with the attendee's as a hint.
 */
export function NowView({ tree, selection, open, onClose, show }: PanelProps): ReactNode {
  const conferences = tree?.conferences ?? [];
  const current =
    selection?.entity === 'conference'
      ? selection.id
      : conferences.find((c) => c.talks.some((t) => t.id === selection?.id))?.id;
  const [conferenceId, setConferenceId] = useState(current ?? conferences[0]?.id);
  const [room, setRoom] = useState(() =>
    conferenceId ? (localStorage.getItem(ROOM_KEY + conferenceId) ?? '') : '',
  );
  const [rooms, setRooms] = useState<string[]>([]);
  const [result, setResult] = useState<NowNextResult>();
  const [error, setError] = useState<string>();
  /** Bumped after a schedule import, to ask again what is on. */
  const [asked, setAsked] = useState(0);

  const go = (id: string) => {
    onClose();
    void open({ entity: 'talk', id }, (pane) => pane.focusNotes());
  };
  // The shortcut's point: one key press and the attendee is typing in the talk on now.
  const firstAnswer = useRef(true);
  useEffect(() => {
    if (!result || !firstAnswer.current) return;
    firstAnswer.current = false;
    if (result.open && result.now.some((talk) => talk.id === result.open)) {
      onClose();
      void open({ entity: 'talk', id: result.open }, (pane) => pane.focusNotes());
    }
  }, [result, open, onClose]);

  useEffect(() => {
    if (!conferenceId) return;
    const attendeeTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    api()
      .schedule.now({ conferenceId, attendeeTimeZone, ...(room ? { room } : {}) })
      .then(setResult, (failure: unknown) => setError(errorMessage(failure)));
    api()
      .schedule.rooms({ conferenceId })
      .then(
        (found) => setRooms(found.rooms),
        () => setRooms([]),
      );
  }, [conferenceId, room, asked]);

  const entry = (talk: ScheduledTalkView) => (
    <li key={talk.id}>
      <button type="button" onClick={() => go(talk.id)}>
        <strong>
          {talk.local.starts}–{talk.local.ends}
        </strong>{' '}
        {talk.title}
        {talk.speakers.length ? ` — ${talk.speakers.join(', ')}` : ''}
        {talk.room ? ` · ${talk.room}` : ''}
        {talk.attendee ? (
          <span className="entry-detail"> ({talk.attendee.starts} your time)</span>
        ) : null}
      </button>
    </li>
  );
  return (
    <Modal label="Now" onClose={onClose} className="now-view">
      <h2>Now{result ? ` at ${result.conferenceTitle}` : ''}</h2>
      <div className="field-row">
        <label>
          Conference{' '}
          <select
            value={conferenceId ?? ''}
            onChange={(event) => setConferenceId(event.target.value)}
          >
            {conferences.map((c) => (
              <option key={c.id} value={c.id}>
                {c.meta.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          My room{' '}
          <select
            value={room}
            onChange={(event) => {
              setRoom(event.target.value);
              if (conferenceId) localStorage.setItem(ROOM_KEY + conferenceId, event.target.value);
            }}
          >
            <option value="">Any</option>
            {rooms.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {result?.open ? (
        <button type="button" className="primary" autoFocus onClick={() => go(result.open!)}>
          Take notes in “
          {result.now.find((t) => t.id === result.open)?.title ??
            result.next.find((t) => t.id === result.open)?.title}
          ”
        </button>
      ) : null}
      <h3>On now</h3>
      {result?.now.length ? (
        <ul>{result.now.map(entry)}</ul>
      ) : (
        <p>
          {result?.status === 'no-times'
            ? 'This conference has no times yet: import its schedule below.'
            : 'Nothing on right now.'}
        </p>
      )}
      <h3>Next</h3>
      {result?.next.length ? <ul>{result.next.map(entry)}</ul> : <p>Nothing scheduled next.</p>}
      <ScheduleImport
        conferenceId={conferenceId}
        show={show}
        onImported={() => setAsked((n) => n + 1)}
      />
    </Modal>
  );
}
