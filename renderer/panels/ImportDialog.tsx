import { useEffect, useState, type ReactNode } from 'react';
import type { ImportProgress, ImportReport } from '../../shared/ipc/import';
import type { ImportReview as Review } from '../../shared/ipc/importReview';
import { api, errorMessage } from '../api';
import { Modal } from '../app/Modal';
import { ImportReview } from './ImportReview';
import type { PanelProps } from './panelTypes';

/**
 * File → Import… (and files dropped on the window): the paths to import, a
 * preview of the conferences and talks they would create, corrected in the
 * review (ImportReview.tsx), then the import with those corrections.
 */
export function ImportDialog({
  show,
  onClose,
  initialPaths,
}: PanelProps & { initialPaths?: string[] }): ReactNode {
  const [paths, setPaths] = useState((initialPaths ?? []).join('\n'));
  const [preview, setPreview] = useState<ImportReport>();
  const [review, setReview] = useState<Review>({});
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
  const check = (next: Review = review) =>
    step(async () => setPreview(await api().import.preview({ paths: list, review: next })));
  const revise = (next: Review, reread: boolean) => {
    setReview(next);
    if (reread) void check(next);
  };
  const run = () =>
    step(async () => {
      const report = await api().import.run({ paths: list, review });
      const talks = report.conferences.reduce((sum, c) => sum + c.talks.length, 0);
      show(`Imported ${report.conferences.length} conference(s), ${talks} talk(s).`);
      report.skipped.forEach((item) => show(`Skipped ${item.source}: ${item.reason}`));
      onClose();
    });

  return (
    <Modal label="Import" onClose={onClose} className="import-dialog">
      <h2>Import notes</h2>
      <p>
        Markdown files and folders (Obsidian, Hugo, Jekyll), AsciiDoc, org, HTML pages, Atom/RSS
        feeds and plain-text notes. Check what the preview found, correct it, then import.
      </p>
      <label>
        Files or folders, one per line
        <textarea
          rows={3}
          value={paths}
          onChange={(event) => {
            setPaths(event.target.value);
            setPreview(undefined);
            setReview({});
          }}
        />
      </label>
      {preview ? (
        <ImportReview report={preview} review={review} disabled={busy} onChange={revise} />
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
