import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseSpeaker } from '../../../shared/speakers';
import { TALK_KINDS, type TalkKind } from '../../../shared/schemas';
import { CliError, type CliCommand } from '../command';

const csv = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean)
    : undefined;

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Create a library folder (or check that one is there)',
  usage: `Usage: confnotes init [--library DIR] [--json]

Creates the library folder if it is missing and prints its path.
  --json   prints {"path"}`,
  async run(args, context) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
    const { library } = await context.services();
    context.out(values.json ? json({ path: library.root }) : `Library ready at ${library.root}`);
  },
};

export const newConferenceCommand: CliCommand = {
  name: 'new-conference',
  summary: 'Create a conference; prints its id',
  usage: `Usage: confnotes new-conference --title T [--starts YYYY-MM-DD] [--ends YYYY-MM-DD]
                               [--location L] [--url U] [--tags a,b] [--json]

Creates a folder for the conference with its conference.md.
  --json   prints {"id", "path"} (path: the folder, relative to the library)`,
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: {
        title: { type: 'string' },
        starts: { type: 'string' },
        ends: { type: 'string' },
        location: { type: 'string' },
        url: { type: 'string' },
        tags: { type: 'string' },
        online: { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
    if (!values.title) throw new CliError('--title is required.');
    const { library } = await context.services();
    const conference = await library.createConference({
      title: values.title,
      starts: values.starts,
      ends: values.ends,
      location: values.location,
      url: values.url,
      online: values.online,
      tags: csv(values.tags),
    });
    context.out(values.json ? json({ id: conference.id, path: conference.folder }) : conference.id);
  },
};

export const newTalkCommand: CliCommand = {
  name: 'new-talk',
  summary: 'Create a talk in a conference; prints its id',
  usage: `Usage: confnotes new-talk --conference ID_OR_FOLDER --title T
                         [--speaker "Name (Affiliation)"]... [--kind K] [--starts ISO]
                         [--ends ISO] [--track T] [--room R] [--tags a,b] [--json]

  --kind   one of ${TALK_KINDS.join(', ')}
  --json   prints {"id", "path"} (path relative to the library)`,
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: {
        conference: { type: 'string' },
        title: { type: 'string' },
        speaker: { type: 'string', multiple: true },
        kind: { type: 'string' },
        starts: { type: 'string' },
        ends: { type: 'string' },
        track: { type: 'string' },
        room: { type: 'string' },
        tags: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    if (!values.conference) throw new CliError('--conference is required.');
    if (!values.title) throw new CliError('--title is required.');
    if (values.kind && !TALK_KINDS.includes(values.kind as TalkKind)) {
      throw new CliError(`--kind must be one of ${TALK_KINDS.join(', ')}.`);
    }
    const { library } = await context.services();
    const conference = await library.resolveConference(values.conference);
    const talk = await library.createTalk(conference.id, {
      title: values.title,
      speakers: (values.speaker ?? []).flatMap((s) => parseSpeaker(s) ?? []),
      kind: values.kind as TalkKind | undefined,
      starts: values.starts,
      ends: values.ends,
      track: values.track,
      room: values.room,
      tags: csv(values.tags),
    });
    context.out(values.json ? json({ id: talk.id, path: talk.path }) : talk.id);
  },
};

export const setNotesCommand: CliCommand = {
  name: 'set-notes',
  summary: "Replace a talk's notes from a file or standard input",
  usage: `Usage: confnotes set-notes TALK_ID (--file F | --stdin)

Replaces the talk's body (its notes) atomically; the front matter stays.`,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { file: { type: 'string' }, stdin: { type: 'boolean' } },
    });
    const [id] = positionals;
    if (!id || positionals.length > 1) throw new CliError('give exactly one TALK_ID.');
    if (!values.file === !values.stdin) throw new CliError('give either --file F or --stdin.');
    const body = values.file ? await readFile(values.file, 'utf8') : await context.readStdin();
    const { library } = await context.services();
    const talk = await library.readTalk(id);
    await library.updateTalk(id, { body }, talk.revision);
  },
};
