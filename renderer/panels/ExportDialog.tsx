import { useEffect, useId, useState, type ReactNode } from 'react';
import {
  EXPORT_FLAVORS,
  type ExportFlavor,
  type ExportPreview,
  type ExportRequestInput,
  type ExportScope,
} from '../../shared/ipc/export';
import type { ChosenFile } from '../../shared/ipc/files';
import { api, errorMessage } from '../api';
import { Modal } from '../ui/Modal';
import { ChooseFile, ChosenLabel } from './ChooseFile';
import type { PanelProps } from './panelTypes';

/**
 * Where each flavour's files land, shown under the destination: Hugo and
 * Jekyll want different folders of a site, and Jekyll serves no images from
 * `_posts/`, so the export puts them at the site's root (under its baseurl).
 */
const DESTINATION_HINTS: Record<ExportFlavor, string> = {
  hugo: 'A Hugo content folder, like content/posts: each post or talk becomes a page bundle (its-title/index.md) with its images inside. A single file, like content/posts/my-talk.md, gets its images in my-talk/images/ beside it, where Hugo serves them.',
  jekyll:
    'The Jekyll site’s folder: posts go into its _posts/ folder, images into images/ at its root, linked as /images/…, after the baseurl in the site’s _config.yml (a GitHub project page needs baseurl: /repository-name there).',
  obsidian: 'A folder in your vault: one note per talk, images in images/ beside the notes.',
  plain: 'Any folder: Markdown files, images in images/ beside them.',
};

/**
 * File → Export…: scope, flavour and destination; a preview of the files
 * (asking before overwriting any), a progress bar, and "Copy as Markdown".
 */
export function ExportDialog({ tree, selection, show, onClose }: PanelProps): ReactNode {
  const talkId = selection?.entity === 'talk' ? selection.id : undefined;
  const conferenceId =
    selection?.entity === 'conference'
      ? selection.id
      : tree?.conferences.find((c) => c.talks.some((t) => t.id === talkId))?.id;
  const [scopeKind, setScopeKind] = useState<ExportScope['kind']>(
    conferenceId ? 'conference' : 'library',
  );
  const [flavor, setFlavor] = useState<ExportFlavor>('hugo');
  const [folder, setFolder] = useState(false);
  const [destination, setDestination] = useState<ChosenFile>();
  const [keepHtml, setKeepHtml] = useState(false);
  const [preview, setPreview] = useState<ExportPreview>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [busy, setBusy] = useState(false);
  const runId = useId();
  const hintId = useId();

  useEffect(
    () => api().export.onProgress((event) => event.runId === runId && setProgress(event)),
    [runId],
  );

  const scope: ExportScope =
    scopeKind === 'talk' && talkId
      ? { kind: 'talk', id: talkId }
      : scopeKind === 'conference' && conferenceId
        ? { kind: 'conference', id: conferenceId }
        : { kind: 'library' };
  const request = (force: boolean): ExportRequestInput => ({
    scope,
    flavor,
    folder,
    destination: destination?.handle ?? '',
    force,
    keepHtml,
    runId,
  });
  const existing = preview?.files.filter((file) => file.exists) ?? [];
  const chooseDestination = (chosen: ChosenFile) => {
    setDestination(chosen);
    setPreview(undefined);
  };

  const step = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      show(`Export failed: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const check = () => step(async () => setPreview(await api().export.preview(request(false))));
  const run = () =>
    step(async () => {
      const result = await api().export.run(request(existing.length > 0));
      show(
        `Exported ${result.notes} note(s) and ${result.images} image(s) to ${result.destination}.`,
      );
      result.warnings.forEach((warning) => show(warning.message));
      onClose();
    });
  const copy = () =>
    step(async () => {
      if (!talkId) return;
      const { markdown } = await api().export.talkMarkdown({ talkId, flavor: 'plain', keepHtml });
      await navigator.clipboard.writeText(markdown);
      show('Copied the talk as Markdown.');
    });

  return (
    <Modal label="Export" onClose={onClose} className="export-dialog">
      <h2>Export</h2>
      <fieldset>
        <legend>What</legend>
        {(['talk', 'conference', 'library'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="scope"
              checked={scopeKind === kind}
              disabled={(kind === 'talk' && !talkId) || (kind === 'conference' && !conferenceId)}
              onChange={() => {
                setScopeKind(kind);
                setPreview(undefined);
              }}
            />
            {kind === 'talk'
              ? 'This talk'
              : kind === 'conference'
                ? 'This conference'
                : 'The whole library'}
          </label>
        ))}
        {scopeKind === 'conference' ? (
          <label>
            <input
              type="checkbox"
              checked={folder}
              onChange={(event) => setFolder(event.target.checked)}
            />{' '}
            One file per talk instead of one post
          </label>
        ) : null}
      </fieldset>
      <label>
        Flavour{' '}
        <select
          value={flavor}
          onChange={(event) => {
            setFlavor(event.target.value as ExportFlavor);
            setPreview(undefined);
          }}
        >
          {EXPORT_FLAVORS.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <div className="export-destination" aria-describedby={hintId}>
        <p>
          Destination: <ChosenLabel chosen={destination} empty="none chosen" />
        </p>
        <ChooseFile
          request={{ purpose: 'export' }}
          label="Choose folder…"
          onChosen={chooseDestination}
          onError={(message) => show(`Could not choose a destination: ${message}`)}
          disabled={busy}
        />{' '}
        {scope.kind !== 'library' && !(scopeKind === 'conference' && folder) ? (
          <ChooseFile
            request={{ purpose: 'export', file: true, suggestedName: 'post.md' }}
            label="Save as file…"
            onChosen={chooseDestination}
            onError={(message) => show(`Could not choose a destination: ${message}`)}
            disabled={busy}
          />
        ) : null}
      </div>
      <p id={hintId} className="hint">
        {DESTINATION_HINTS[flavor]}
      </p>
      <label>
        <input
          type="checkbox"
          checked={keepHtml}
          onChange={(event) => {
            setKeepHtml(event.target.checked);
            setPreview(undefined);
          }}
        />{' '}
        Keep HTML as written (otherwise HTML that could run script is published as text)
      </label>
      {preview ? (
        <div className="export-preview">
          <p>
            {preview.files.length} file(s) into {preview.destination}
            {existing.length ? `; ${existing.length} already exist and will be replaced` : ''}.
          </p>
          {preview.baseurl ? (
            <p>Image links start with {preview.baseurl}/, the baseurl in the site’s _config.yml.</p>
          ) : null}
          {preview.warnings.map((warning) => (
            <p
              key={`${warning.code}:${warning.notePath ?? ''}:${warning.src ?? ''}`}
              className="warning"
            >
              {warning.message}
            </p>
          ))}
        </div>
      ) : null}
      {progress ? (
        <progress aria-label="Export progress" max={progress.total} value={progress.done} />
      ) : null}
      <div className="actions">
        {talkId ? (
          <button type="button" onClick={() => void copy()} disabled={busy}>
            Copy as Markdown
          </button>
        ) : null}
        <button type="button" onClick={() => void check()} disabled={busy || !destination}>
          Check
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void run()}
          disabled={busy || !preview}
        >
          {existing.length ? 'Replace and export' : 'Export'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
