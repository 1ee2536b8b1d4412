import { useState, type ReactNode } from 'react';
import type { ChosenFile } from '../../shared/ipc/files';
import { api, errorMessage } from '../api';
import { ChooseFile, ChosenLabel } from './ChooseFile';
import type { PanelProps } from './panelTypes';

/** Loads a conference's schedule (.ics, pretalx JSON, frab XML): talks with their times, rooms and speakers. */
export function ScheduleImport({
  conferenceId,
  show,
  onImported,
}: {
  conferenceId: string | undefined;
  show: PanelProps['show'];
  /** The schedule is in the library: what is on now has changed. */
  onImported?: () => void;
}): ReactNode {
  const [file, setFile] = useState<ChosenFile>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const report = await api().schedule.importFile({
        path: file.handle,
        ...(conferenceId ? { conferenceId } : {}),
      });
      show(
        `Schedule ${report.file}: ${report.created.length} new talk(s), ${report.updated.length} updated, ${report.skipped.length} skipped.`,
      );
      report.failed.forEach((failure) => show(`${failure.title}: ${failure.error}`));
      report.refused.forEach((entry) => show(`${entry.item}: ${entry.reason}`));
      onImported?.();
    } catch (error) {
      show(`Schedule import failed: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="schedule-import">
      <summary>Import a schedule</summary>
      <p>
        Schedule file (.ics, pretalx .json, frab .xml):{' '}
        <ChosenLabel chosen={file} empty="none chosen" />
      </p>
      <ChooseFile
        request={{ purpose: 'schedule' }}
        label="Choose schedule file…"
        onChosen={setFile}
        onError={(message) => show(`Could not choose a file: ${message}`)}
        disabled={busy}
      />
      <button type="button" onClick={() => void run()} disabled={busy || !file}>
        Import schedule
      </button>
    </details>
  );
}
