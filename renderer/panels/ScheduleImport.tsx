import { useState, type ReactNode } from 'react';
import { api, errorMessage } from '../api';
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
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const report = await api().schedule.importFile({
        path: path.trim(),
        ...(conferenceId ? { conferenceId } : {}),
      });
      show(
        `Schedule ${report.file}: ${report.created.length} new talk(s), ${report.updated.length} updated, ${report.skipped.length} skipped.`,
      );
      report.failed.forEach((failure) => show(`${failure.title}: ${failure.error}`));
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
      <label>
        Schedule file (.ics, pretalx .json, frab .xml){' '}
        <input
          value={path}
          onChange={(event) => setPath(event.target.value)}
          placeholder="/home/me/Downloads/schedule.ics"
        />
      </label>
      <button type="button" onClick={() => void run()} disabled={busy || !path.trim()}>
        Import schedule
      </button>
    </details>
  );
}
