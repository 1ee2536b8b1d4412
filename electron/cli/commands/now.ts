import { parseArgs } from 'node:util';
import type { NowNextResult, ScheduledTalkView } from '../../../shared/schedule/nowNextTypes';
import { CliError, type CliCommand } from '../command';

const usage = `Usage: confnotes now --conference ID_OR_FOLDER [--at ISO_TIME] [--room R] [--track T]
                    [--json] [--library DIR]

Shows the talk or talks on at a moment (default: now) and the next ones, in
the conference's time zone, with your own zone's time when it differs.
  --at ISO_TIME   e.g. 2021-10-28T14:30 (the conference's local time) or
                  2021-10-28T14:30:00+02:00
  --room, --track prefer this room or track among parallel talks (marked *)
  --json          prints {conferenceId, conferenceTitle, timeZone,
                  attendeeTimeZone, at: {iso, local, attendee?}, status:
                  no-times|before|during|after, now: [talk], next: [talk],
                  open: id|null, choice: [id]}, each talk {id, title,
                  speakers, kind, room?, track?, starts, ends, endsAssumed,
                  local: {zone, day, starts, ends}, attendee?, preferred}.`;

/** `confnotes now`: what the app's Now view and Ctrl/Cmd+Shift+N show. */
export const nowCommand: CliCommand = {
  name: 'now',
  summary: 'Show the talk on now (or at --at) and the next ones',
  usage,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        library: { type: 'string' },
        conference: { type: 'string' },
        at: { type: 'string' },
        room: { type: 'string' },
        track: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    if (positionals.length > 0)
      throw new CliError(`Unexpected arguments: ${positionals.join(' ')}\n${usage}`);
    if (!values.conference) throw new CliError(`--conference ID_OR_FOLDER is required.\n${usage}`);
    const { schedule } = await context.services();
    const result = await schedule.nowNext({
      conference: values.conference,
      at: values.at,
      room: values.room,
      track: values.track,
    });
    context.out(values.json ? JSON.stringify(result, null, 2) : describeNow(result));
    return 0;
  },
};

function describeNow(result: NowNextResult): string {
  const yours = result.at.attendee
    ? `; yours ${result.at.attendee} ${result.attendeeTimeZone}`
    : '';
  const lines = [`${result.conferenceTitle} — ${result.at.local} ${result.timeZone}${yours}`];
  const statusLine: Record<NowNextResult['status'], string> = {
    'no-times': 'No talk in this conference has a start time.',
    before: 'The conference has not started yet.',
    during: '',
    after: 'The conference is over.',
  };
  if (statusLine[result.status]) lines.push(statusLine[result.status]);
  lines.push('Now:', ...(result.now.length ? result.now.map(talkLine) : ['  (nothing on)']));
  lines.push('Next:', ...(result.next.length ? result.next.map(talkLine) : ['  (nothing later)']));
  if (result.open) lines.push(`Open: ${result.open}`);
  else if (result.choice.length > 1) lines.push(`Choose one of: ${result.choice.join(' ')}`);
  return lines.join('\n');
}

function talkLine(talk: ScheduledTalkView): string {
  const when = `${talk.local.day} ${talk.local.starts}–${talk.local.ends}`;
  const yours = talk.attendee ? ` (yours ${talk.attendee.starts}–${talk.attendee.ends})` : '';
  const where = talk.room ? `  ${talk.room}` : '';
  const who = talk.speakers.length ? ` — ${talk.speakers.join(', ')}` : '';
  return `${talk.preferred ? '*' : ' '} ${when}${yours}${where}  ${talk.title}${who}  [${talk.id}]`;
}
