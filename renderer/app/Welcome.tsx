import type { ReactNode } from 'react';
import { HistoryOffer } from '../panels/HistoryOffer';

/** First run: what Confnotes is for, the two ways to start, and where the notes live. */
export function Welcome({
  libraryPath,
  onCreate,
  onImport,
  onPreferences,
}: {
  libraryPath: string;
  onCreate: () => void;
  onImport: () => void;
  onPreferences: () => void;
}): ReactNode {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Confnotes</h1>
      <p>
        Take notes during conference talks, find them again years later, and publish them as
        Markdown. Every conference is a folder and every talk a plain Markdown file you own.
      </p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={onCreate}>
          Create your first conference
        </button>
        <button type="button" onClick={onImport}>
          Import notes
        </button>
      </div>
      <HistoryOffer />
      <p className="library-path">
        Your library is <code>{libraryPath}</code>.{' '}
        <button type="button" className="link" onClick={onPreferences}>
          Change it in Preferences
        </button>
      </p>
    </section>
  );
}
