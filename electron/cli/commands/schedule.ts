import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ScheduleImportReport } from '../../../shared/schedule/types';
import { CliError, type CliCommand } from '../command';

const usage = `Usage: confnotes schedule import FILE [--conference ID_OR_FOLDER] [--json] [--library DIR]
       confnotes schedule rooms --conference ID_OR_FOLDER [--json] [--library DIR]

import  Reads a conference schedule and creates one talk per item, front matter
        filled (title, speakers, kind, track, room, starts/ends with the
        schedule's offset, links, scheduleId), notes empty. FILE is an
        iCalendar .ics, a pretalx schedule .json or a frab/Pentabarf schedule .xml.
        Without --conference the conference is found again by the schedule's
        source, else created (with the schedule's time zone). Importing an
        updated schedule updates talks by their schedule id and never touches
        their notes. A malformed file is an error and nothing is written.
        --json prints {file, format, conference: {id, title, folder, created,
        timeZone}, created: [{id, title, scheduleId}], updated: [{..., changes}],
        unchanged, skipped: [{item, reason}], notInSchedule: [...], failed:
        [{..., error}]}. Exits 1 if any talk failed to be written.
rooms   Lists the conference's rooms and tracks; --json prints
        {conferenceId, timeZone, rooms: [], tracks: []}.`;

const FORMAT_NAMES = { ics: 'iCalendar', 'pretalx-json': 'pretalx JSON', 'frab-xml': 'frab XML' };

/** `confnotes schedule`: the ScheduleService the app's "Import schedule" uses. */
export const scheduleCommand: CliCommand = {
  name: 'schedule',
  summary: 'Import a conference schedule (.ics, pretalx .json, frab .xml); list rooms',
  usage,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        library: { type: 'string' },
        conference: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const [action, file, ...extra] = positionals;
    if (extra.length > 0) throw new CliError(`Unexpected arguments: ${extra.join(' ')}\n${usage}`);
    if (action === 'import') {
      if (!file) throw new CliError(`schedule import needs the schedule FILE.\n${usage}`);
      const { schedule } = await context.services();
      const report = await schedule.importFile(resolve(file), values.conference);
      if (values.json) context.out(JSON.stringify(report, null, 2));
      else context.out(describeImport(report));
      for (const failure of report.failed) context.err(`${failure.title}: ${failure.error}`);
      return report.failed.length > 0 ? 1 : 0;
    }
    if (action === 'rooms') {
      if (!values.conference || file)
        throw new CliError(`schedule rooms takes --conference ID_OR_FOLDER.\n${usage}`);
      const { schedule } = await context.services();
      const rooms = await schedule.roomsAndTracks(values.conference);
      if (values.json) context.out(JSON.stringify(rooms, null, 2));
      else
        context.out(
          [
            `Rooms: ${rooms.rooms.join(', ') || '(none)'}`,
            `Tracks: ${rooms.tracks.join(', ') || '(none)'}`,
          ].join('\n'),
        );
      return 0;
    }
    throw new CliError(
      `Unknown schedule action ${action ?? '(none)'}: use import or rooms.\n${usage}`,
    );
  },
};

function describeImport(report: ScheduleImportReport): string {
  const { conference } = report;
  const zone = conference.timeZone ? `; times in ${conference.timeZone}` : '';
  const lines = [
    `Imported ${report.file} (${FORMAT_NAMES[report.format]}) into "${conference.title}" (${conference.folder}, ${conference.created ? 'new' : 'existing'}${zone})`,
    `  ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged} unchanged, ${report.skipped.length} skipped, ${report.failed.length} failed`,
  ];
  for (const talk of report.updated)
    lines.push(`  updated: ${talk.title} (${talk.changes.join(', ')})`);
  for (const entry of report.skipped) lines.push(`  skipped: ${entry.item} — ${entry.reason}`);
  for (const entry of report.refused) lines.push(`  left out: ${entry.item} — ${entry.reason}`);
  for (const talk of report.notInSchedule) {
    lines.push(`  no longer in the schedule (kept, with its notes): ${talk.title} [${talk.id}]`);
  }
  return lines.join('\n');
}
