import { useEffect, useState, type ReactNode } from 'react';
import type { NowNextResult, ScheduledTalkView } from '../../../shared/schedule/nowNextTypes';
import { api } from '../../api';
import type { LibraryView } from '../library/libraryView';
import { localIsoDate } from '../localTime';
import type { NotePaneHandle } from '../NotePane';
import type { Selection } from '../selection';

/** Asked again this often, so "on now" moves with the clock. */
const REFRESH_MS = 60_000;
const UPCOMING_DAYS = 7;

/**
 * The conference on today (else the next one within a week): the talks on
 * now and next from its schedule, each a button into its notes. Nothing
 * when no conference is near; an invitation to import the schedule when
 * the conference has no times.
 */
export function NowNext({
  library,
  open,
  onSchedule,
}: {
  library: LibraryView;
  open: (target: Selection, then?: (pane: NotePaneHandle) => void) => void;
  /** Opens the Now panel, where a schedule is imported. */
  onSchedule: () => void;
}): ReactNode {
  const conference = conferenceNearToday(library, new Date());
  const [result, setResult] = useState<NowNextResult>();
  const conferenceId = conference?.id;
  useEffect(() => {
    if (!conferenceId) return undefined;
    let live = true;
    const ask = () =>
      api()
        .schedule.now({
          conferenceId,
          attendeeTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        })
        .then(
          (answer) => live && setResult(answer),
          () => live && setResult(undefined),
        );
    void ask();
    const timer = setInterval(() => void ask(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [conferenceId]);
  if (!conference || result?.conferenceId !== conference.id) return null;

  const entry = (talk: ScheduledTalkView) => (
    <li key={talk.id}>
      <button
        type="button"
        className="home-entry"
        onClick={() => open({ entity: 'talk', id: talk.id }, (pane) => pane.focusNotes())}
      >
        <span className="entry-time">
          {talk.local.starts}–{talk.local.ends}
        </span>
        <span className="entry-title">{talk.title}</span>
        <span className="entry-detail">
          {[talk.speakers.join(', '), talk.room].filter(Boolean).join(' · ')}
        </span>
      </button>
    </li>
  );
  return (
    <section className="home-section home-now" aria-labelledby="home-now">
      <h2 id="home-now">
        {result.status === 'before' ? 'Coming up at' : 'Now at'} {conference.meta.title}
      </h2>
      {result.status === 'no-times' ? (
        <p>
          This conference has no schedule yet.{' '}
          <button type="button" className="link" onClick={onSchedule}>
            Import its schedule
          </button>
        </p>
      ) : (
        <>
          <h3>On now</h3>
          {result.now.length ? (
            <ul className="home-list">{result.now.map(entry)}</ul>
          ) : (
            <p className="hint-inline">
              {result.status === 'after' ? 'The conference is over.' : 'Nothing on right now.'}
            </p>
          )}
          {result.next.length ? (
            <>
              <h3>Next</h3>
              <ul className="home-list">{result.next.map(entry)}</ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The conference whose dates hold today, else the soonest to start within a week. */
function conferenceNearToday(library: LibraryView, now: Date) {
  const today = localIsoDate(now);
  const horizon = localIsoDate(new Date(now.getTime() + UPCOMING_DAYS * 86_400_000));
  const on = library.conferences.find(
    (c) => c.meta.starts && c.meta.starts <= today && today <= (c.meta.ends ?? c.meta.starts),
  );
  if (on) return on;
  return library.conferences
    .filter((c) => c.meta.starts && c.meta.starts > today && c.meta.starts <= horizon)
    .sort((a, b) => (a.meta.starts! < b.meta.starts! ? -1 : 1))[0];
}
