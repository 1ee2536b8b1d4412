import { useEffect, useState, type ReactNode } from 'react';
import type { ListedTalk } from '../../../shared/library';
import { api } from '../../api';
import type { LibraryView } from '../library/libraryView';
import type { Selection } from '../selection';

const SHOWN = 8;

/**
 * The talks edited last, asked of main each time the home view appears
 * (a note was just closed, so the order may have moved); titles and
 * conferences come from the listing, so a rename shows at once.
 */
export function RecentTalks({
  library,
  open,
}: {
  library: LibraryView;
  open: (target: Selection) => void;
}): ReactNode {
  const [recent, setRecent] = useState<ListedTalk[]>();
  useEffect(() => {
    let live = true;
    api()
      .library.recent({ limit: SHOWN })
      .then(
        (talks) => live && setRecent(talks),
        () => live && setRecent([]),
      );
    return () => {
      live = false;
    };
  }, []);
  const conferences = new Map(library.conferences.map((c) => [c.id, c]));
  const shown = (recent ?? []).filter((talk) => conferences.has(talk.conferenceId));
  if (recent && shown.length === 0) return null;
  return (
    <section className="home-section" aria-labelledby="home-recent">
      <h2 id="home-recent">Recent talks</h2>
      <ul className="home-list">
        {shown.map((talk) => {
          const listed =
            conferences.get(talk.conferenceId)?.talks.find((t) => t.id === talk.id) ?? talk;
          const speakers = listed.meta.speakers.map((s) => s.name).join(', ');
          return (
            <li key={talk.id}>
              <button
                type="button"
                className="home-entry"
                onClick={() => open({ entity: 'talk', id: talk.id })}
              >
                <span className="entry-title">{listed.meta.title}</span>
                <span className="entry-detail">
                  {[speakers, conferences.get(talk.conferenceId)?.meta.title]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
