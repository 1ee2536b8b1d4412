import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { ScheduleService } from '../../../electron/core/schedule/scheduleService';
import { tempDir } from '../../helpers/tempLibrary';

/** A real library in a temporary folder with the schedule service on it; the attendee lives in New York. */
export async function scheduleLibrary() {
  const root = await tempDir('confnotes-schedule-');
  const library = await FileLibrary.open(root, { clock: () => new Date('2021-10-01T12:00:00Z') });
  const schedule = new ScheduleService(library, {
    localTimeZone: 'America/New_York',
    clock: () => new Date('2021-10-28T08:10:00Z'),
  });
  return { root, library, schedule };
}

/** Every file under a folder with its bytes, to show that nothing was written. */
export async function snapshot(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(root.length)] = await readFile(path, 'base64');
  }
  return files;
}
