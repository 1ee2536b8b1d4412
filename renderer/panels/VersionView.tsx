import { useEffect, useState, type ReactNode } from 'react';
import type { DiffLine, NoteVersionInfo } from '../../shared/history';
import { api, errorMessage } from '../api';

type Tab = 'text' | 'changes';

/** One version: its text, or its difference from the note as it is now, and a way back to it. */
export function VersionView({
  noteId,
  version,
  isCurrent,
  onRestore,
}: {
  noteId: string;
  version: NoteVersionInfo;
  isCurrent: boolean;
  onRestore: () => void;
}): ReactNode {
  const [tab, setTab] = useState<Tab>('text');
  const [text, setText] = useState<string>();
  const [diff, setDiff] = useState<DiffLine[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    const request = { noteId, version: version.version };
    const fail = (e: unknown) => live && setError(errorMessage(e));
    if (tab === 'text')
      api()
        .history.version(request)
        .then((v) => live && setText(v.body), fail);
    else
      api()
        .history.diff(request)
        .then((d) => live && setDiff(d), fail);
    return () => {
      live = false;
    };
  }, [noteId, version.version, tab]);

  const tabButton = (name: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`version-tab-${name}`}
      aria-selected={tab === name}
      aria-controls="version-content"
      tabIndex={tab === name ? 0 : -1}
      onClick={() => setTab(name)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
          event.preventDefault();
          setTab(tab === 'text' ? 'changes' : 'text');
        }
      }}
    >
      {label}
    </button>
  );

  return (
    <section className="version-view" aria-label={`Version: ${version.message}`}>
      <div role="tablist" aria-label="Show">
        {tabButton('text', 'Text')}
        {tabButton('changes', 'Changes since')}
      </div>
      <div id="version-content" role="tabpanel" aria-labelledby={`version-tab-${tab}`} tabIndex={0}>
        {error ? (
          <p role="alert">{error}</p>
        ) : tab === 'text' ? (
          <pre className="version-text">{text ?? 'Reading…'}</pre>
        ) : (
          <DiffView lines={diff} />
        )}
      </div>
      <button type="button" className="primary" disabled={isCurrent} onClick={onRestore}>
        {isCurrent ? 'This is the current version' : 'Restore this version'}
      </button>
    </section>
  );
}

function DiffView({ lines }: { lines: DiffLine[] | undefined }): ReactNode {
  if (!lines) return <p className="loading">Comparing…</p>;
  if (!lines.some((line) => line.kind === 'added' || line.kind === 'removed')) {
    return <p>The note reads the same now.</p>;
  }
  return (
    <pre className="version-diff" aria-label="Changes from this version to now">
      {lines.map((line, i) =>
        line.kind === 'skip' ? (
          <span key={i} className="diff-skip">
            {`… ${line.count} unchanged line${line.count === 1 ? '' : 's'}\n`}
          </span>
        ) : line.kind === 'added' ? (
          <ins key={i} aria-label={`added: ${line.text}`}>{`+ ${line.text}\n`}</ins>
        ) : line.kind === 'removed' ? (
          <del key={i} aria-label={`removed: ${line.text}`}>{`− ${line.text}\n`}</del>
        ) : (
          <span key={i}>{`  ${line.text}\n`}</span>
        ),
      )}
    </pre>
  );
}
