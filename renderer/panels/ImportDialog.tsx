import { useEffect, useState, type ReactNode } from 'react';
import type { ImportProgress, ImportReport } from '../../shared/ipc/import';
import { api, errorMessage } from '../api';
import { Modal } from '../app/Modal';
import type { PanelProps } from './panelTypes';

/**
 * File → Import… (and files dropped on the window): the paths to import, a
 * preview of the conferences and talks they would create, then the import.
 */
export function ImportDialog({
  show,
  onClose,
  initialPaths,
}: PanelProps & { initialPaths?: string[] }): ReactNode {
  const [paths, setPaths] = useState((initialPaths ?? []).join('\n'));
  const [preview, setPreview] = useState<ImportReport>();
  const [progress, setProgress] = useState<ImportProgress>();
  const [busy, setBusy] = useState(false);
  const list = paths
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);

  useEffect(() => api().import.onProgress(setProgress), []);

  const step = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      show(`Import failed: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const check = () => step(async () => setPreview(await api().import.preview({ paths: list })));
  const run = () =>
    step(async () => {
      const report = await api().import.run({ paths: list });
      const talks = report.conferences.reduce((sum, c) => sum + c.talks.length, 0);
      show(`Imported ${report.conferences.length} conference(s), ${talks} talk(s).`);
      report.skipped.forEach((item) => show(`Skipped ${item.source}: ${item.reason}`));
      onClose();
    });

  return (
    <Modal label="Import" onClose={onClose} className="import-dialog">
      <h2>Import notes</h2>
      <p>
        Markdown files and folders (Obsidian, Hugo, Jekyll), HTML pages, Atom/RSS feeds and
        plain-text notes.
      </p>
      <label>
        Files or folders, one per line
        <textarea
          rows={3}
          value={paths}
          onChange={(event) => {
            setPaths(event.target.value);
            setPreview(undefined);
          }}
        />
      </label>
      {preview ? (
        <div className="import-preview" role="region" aria-label="Import preview">
          {preview.conferences.map((conference) => (
            <details key={conference.source} open={preview.conferences.length < 4}>
              <summary>
                {conference.title} ({conference.created ? 'new' : 'existing'}):{' '}
                {conference.talks.length} talk(s)
              </summary>
              <ul>
                {conference.talks.map((talk) => (
                  <li key={talk.source}>
                    {talk.title}
                    {talk.speakers.length
                      ? ` — ${talk.speakers.map((s) => s.name).join(', ')}`
                      : ''}{' '}
                    <span className="entry-detail">{talk.action}</span>
                  </li>
                ))}
              </ul>
            </details>
          ))}
          {preview.skipped.map((item) => (
            <p key={item.source} className="warning">
              {item.source}: {item.reason}
            </p>
          ))}
        </div>
      ) : null}
      {progress && busy ? (
        <progress aria-label="Import progress" max={progress.total} value={progress.done} />
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => void check()} disabled={busy || list.length === 0}>
          Preview
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void run()}
          disabled={busy || !preview}
        >
          Import
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
