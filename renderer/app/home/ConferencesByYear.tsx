import type { ReactNode } from 'react';
import type { LibraryView } from '../library/libraryView';
import { groupByYear } from '../library/treeRows';
import type { Selection } from '../selection';

/** Every conference, by year (newest first), with its dates, place and number of talks. */
export function ConferencesByYear({
  library,
  open,
}: {
  library: LibraryView;
  open: (target: Selection) => void;
}): ReactNode {
  const years = groupByYear(library.conferences);
  return (
    <section className="home-section" aria-labelledby="home-years">
      <h2 id="home-years">Conferences by year</h2>
      {years.map((group) => (
        <section key={group.key} className="home-year" aria-labelledby={`home-${group.key}`}>
          <h3 id={`home-${group.key}`}>{group.label}</h3>
          <ul className="home-conferences">
            {group.conferences.map((conference) => (
              <li key={conference.id}>
                <button
                  type="button"
                  className="home-entry"
                  onClick={() => open({ entity: 'conference', id: conference.id })}
                >
                  <span className="entry-title">{conference.meta.title}</span>
                  <span className="entry-detail">
                    {[
                      conference.meta.starts,
                      conference.meta.location,
                      `${conference.talkCount} talk${conference.talkCount === 1 ? '' : 's'}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
