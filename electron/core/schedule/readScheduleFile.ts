import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Schedule } from '../../../shared/schedule/types';
import { parseFrabXml } from './frabXmlParser';
import { parseIcs } from './icsParser';
import { parsePretalxJson } from './pretalxParser';
import { MAX_ITEMS } from './scheduleBuilder';
import { ScheduleFileError } from './scheduleFileError';

/** Far above any real schedule (a 1,000-talk pretalx export is ~3 MB), far below harm. */
const MAX_SCHEDULE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a schedule file the user chose: checks it is a readable file of a
 * sane size and UTF-8 text, tells the format from its content (then its
 * extension), and parses it. Every failure is a ScheduleFileError naming
 * the file; nothing is written anywhere.
 */
export async function readScheduleFile(path: string, localZone: string): Promise<Schedule> {
  const fileName = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ScheduleFileError(fileName, 'is not a file.');
    size = info.size;
  } catch (error) {
    if (error instanceof ScheduleFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ScheduleFileError(
      fileName,
      code === 'ENOENT' ? 'no such file.' : `cannot be read (${code ?? 'error'}).`,
    );
  }
  if (size > MAX_SCHEDULE_BYTES) {
    throw new ScheduleFileError(
      fileName,
      `is ${(size / 1048576).toFixed(1)} MB; a schedule may be at most 20 MB.`,
    );
  }
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ScheduleFileError(fileName, 'is not UTF-8 text.');
  }
  return parseSchedule(text, fileName, localZone);
}

/** Parses schedule text of any known format; `fileName` is for messages and format hints. */
export function parseSchedule(text: string, fileName: string, localZone: string): Schedule {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const schedule = parseAs(formatOf(body, fileName), body, fileName, localZone);
  if (schedule.items.length > MAX_ITEMS) {
    throw new ScheduleFileError(
      fileName,
      `has ${schedule.items.length} talks; at most ${MAX_ITEMS} are imported.`,
    );
  }
  if (schedule.items.length === 0) {
    const why = schedule.skipped.slice(0, 3).map((s) => `${s.item}: ${s.reason}`);
    const detail = why.length > 0 ? ` Skipped: ${why.join('; ')}.` : '';
    throw new ScheduleFileError(fileName, `has no talks with a time to import.${detail}`);
  }
  return schedule;
}

type Format = 'ics' | 'json' | 'xml';

function formatOf(body: string, fileName: string): Format {
  if (/^BEGIN:VCALENDAR/i.test(body)) return 'ics';
  if (body.startsWith('{')) return 'json';
  if (body.startsWith('<')) return 'xml';
  const byExtension: Record<string, Format> = {
    '.ics': 'ics',
    '.ical': 'ics',
    '.json': 'json',
    '.xml': 'xml',
  };
  const format = byExtension[extname(fileName).toLowerCase()];
  if (format) return format;
  throw new ScheduleFileError(
    fileName,
    'is not a schedule Confnotes reads (iCalendar .ics, pretalx schedule .json, frab/Pentabarf schedule .xml).',
  );
}

function parseAs(format: Format, body: string, fileName: string, localZone: string): Schedule {
  switch (format) {
    case 'ics':
      return parseIcs(body, fileName, localZone);
    case 'json':
      return parsePretalxJson(body, fileName);
    case 'xml':
      return parseFrabXml(body, fileName);
  }
}
