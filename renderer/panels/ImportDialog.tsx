import { useEffect, useState, type ReactNode } from 'react';
import type { ChosenFile } from '../../shared/ipc/files';
import type { ImportProgress, ImportReport } from '../../shared/ipc/import';
import type { ImportCorrections as Review } from '../../shared/ipc/importReview';
import { api, errorMessage } from '../api';
import { Modal } from '../ui/Modal';
import { ImportReview } from './ImportReview';
import { ImportSources } from './ImportSources';
import type { PanelProps } from './panelTypes';

/**
 * File → Import…: files or folders chosen in main's dialog (ImportSources.tsx),
 * a preview of the conferences and talks they would create, corrected in the
 * review (ImportReview.tsx), then the import with those corrections.
 */
export function ImportDialog({ show, onClose }: PanelProps): ReactNode {
  const [sources, setSources] = useState<ChosenFile>();
  const [preview, setPreview] = useState<ImportReport>();
  const [review, setReview] = useState<Review>({});
  const [progress, setProgress] = useState<ImportProgress>();
  const [busy, setBusy] = useState(false);
  const list = sources ? [sources.handle] : [];

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
      <ImportSources
        chosen={sources}
        onChosen={(chosen) => {
          setSources(chosen);
          setPreview(undefined);
          setReview({});
        }}
        onError={(message) => show(`Could not choose files: ${message}`)}
        disabled={busy}
      />
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
