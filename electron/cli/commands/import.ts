import { parseArgs } from 'node:util';
import type { ImportAction, ImportReport } from '../../../shared/ipc/import';
import type { Speaker } from '../../../shared/schemas';
import {
  TALK_MARKER_LABELS,
  TALK_MARKERS,
  type TalkMarker,
} from '../../../shared/ipc/importReview';
import { CliError, type CliCommand } from '../command';

const MARKER_HELP = TALK_MARKERS.map(
  (m) => `\n                            ${m.padEnd(11)} ${TALK_MARKER_LABELS[m]}`,
).join('');

const usage = `Usage: confnotes import PATH... [--dry-run] [--talks-at MARKER] [--conference ID_OR_FOLDER] [--json] [--library DIR]

Imports past conference notes: Markdown files and folders (Obsidian vaults,
Hugo or Jekyll content, with or without front matter), AsciiDoc, org files,
plain-text notes, HTML pages, and RSS or Atom feeds (each entry a post). The
format is read from the content; the extension is only a hint. A post that
covers a whole conference is split into its talks the way its author marked
them (headings of some level, bold lines, list items, linked titles, talks
named in sentences), with speakers read from the titles or the lines under
them; a note about one talk stays one talk and joins the conference named
after its folder. The conference's title and year come from the post's
title, front matter, date or path. Local images are copied into the
conference's assets/; remote images stay links (nothing is downloaded).

  --dry-run               list the conferences and talks it would create; write nothing
  --talks-at MARKER       what marks a talk in every file, instead of letting each
                          file's structure decide:${MARKER_HELP}
  --conference ID_OR_FOLDER
                          put every talk into this existing conference
  --json                  print {conferences: [{id, title, starts, talks: [{id, title,
                          speakers: [{name, affiliation}]}]}], skipped: [{source, reason}]}
                          (ids are null in a dry run for what does not exist yet)

Importing the same files again creates no duplicates: unchanged talks are left
alone, changed ones are updated unless you edited them since (then both are
kept). Files that cannot be imported are listed with the reason; the rest are
imported. Exit status 1 when nothing could be imported.`;

const MARKS: Record<ImportAction, string> = {
  created: '+',
  updated: '~',
  unchanged: '=',
  'kept-both': '&',
};

/** `confnotes import`: the same ImportService the app's File → Import… uses. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import past notes: Markdown folders, plain text, HTML pages, RSS/Atom feeds',
  usage,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        conference: { type: 'string' },
        'talks-at': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const marker = values['talks-at'];
    if (marker !== undefined && !(TALK_MARKERS as readonly string[]).includes(marker)) {
      throw new CliError(`--talks-at must be one of: ${TALK_MARKERS.join(', ')}`, 2);
    }
    if (positionals.length === 0)
      throw new CliError(`Give at least one file or folder to import.\n\n${usage}`, 2);
    const { importer } = await context.services();
    const input = {
      paths: positionals,
      conference: values.conference,
      ...(marker ? { review: { marker: marker as TalkMarker } } : {}),
    };
    const report = values['dry-run'] ? await importer.preview(input) : await importer.run(input);
    if (values.json) context.out(JSON.stringify(jsonReport(report), null, 2));
    else {
      context.out(humanReport(report));
      for (const item of report.skipped) context.err(`skipped ${item.source}: ${item.reason}`);
    }
    const talks = report.conferences.reduce((n, c) => n + c.talks.length, 0);
    return talks === 0 && report.skipped.length > 0 ? 1 : 0;
  },
};

/** The documented --json shape, and nothing else, so scripts can rely on it. */
function jsonReport(report: ImportReport) {
  return {
    conferences: report.conferences.map((c) => ({
      id: c.id,
      title: c.title,
      ...(c.starts ? { starts: c.starts } : {}),
      talks: c.talks.map((t) => ({ id: t.id, title: t.title, speakers: t.speakers })),
    })),
    skipped: report.skipped.map((s) => ({ source: s.source, reason: s.reason })),
  };
}

function humanReport(report: ImportReport): string {
  const lines = [
    report.dryRun ? 'Dry run: nothing was written. Importing would give:' : 'Imported:',
  ];
  for (const conference of report.conferences) {
    lines.push('', `${conference.title}${conference.created ? ' (new conference)' : ''}`);
    for (const talk of conference.talks) {
      lines.push(
        `  ${MARKS[talk.action]} ${talk.title}${speakersText(talk.speakers)}${talk.kind === 'keynote' ? ' [keynote]' : ''}`,
      );
    }
  }
  const { created, updated, unchanged } = report.counts;
  const both = report.counts['kept-both'];
  lines.push(
    '',
    `${report.conferences.length} conference(s); talks: ${created} new, ${updated} updated, ${unchanged} unchanged, ${both} kept beside your edited copy; ${report.skipped.length} skipped.`,
  );
  return lines.join('\n');
}

function speakersText(speakers: Speaker[]): string {
  if (speakers.length === 0) return '';
  return ` — ${speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(', ')}`;
}
