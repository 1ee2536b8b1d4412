import { parseArgs } from 'node:util';
import type { TrashEntry } from '../../../shared/library';
import { CliError, type CliCommand } from '../command';

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const trashCommand: CliCommand = {
  name: 'trash',
  summary: 'What was deleted: list it, restore an item, or empty the trash',
  usage: `Usage: confnotes trash [--json]
       confnotes trash restore TRASH_ID [--json]
       confnotes trash empty --yes [--json]

Deleted talks and conferences wait in the library's trash (.trash/) until it
is emptied.

  (nothing)         lists the trash, most recently deleted first: id, when,
                    what, and where it was
  restore TRASH_ID  puts an item back where it was (beside it, under a free
                    name, if that place is taken); a talk needs its conference
  empty --yes       removes everything in the trash for good. With history
                    on, a version is made first, so what is removed stays in
                    history (git log -- .trash)
  --json            lists [{trashId, kind, title, originalPath, deletedAt}];
                    restore prints {id}; empty prints {removed}`,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, yes: { type: 'boolean' } },
    });
    const [action, id, extra] = positionals;
    if (extra) throw new CliError(`Unexpected argument "${extra}".`);
    if (action !== undefined && action !== 'restore' && action !== 'empty') {
      throw new CliError(`Unknown trash action "${action}": use restore or empty.`);
    }
    if (action === 'restore' && !id) throw new CliError('Give the id of the item to restore.');
    if (action !== 'restore' && id) throw new CliError(`Unexpected argument "${id}".`);
    const { library, history } = await context.services();
    const entries = await library.listTrash();

    if (action === undefined) {
      if (values.json) context.out(json(entries));
      else if (entries.length === 0) context.out('The trash is empty.');
      else for (const entry of entries) context.out(entryLine(entry));
      return;
    }

    if (action === 'restore') {
      const entry = entries.find((e) => e.trashId === id);
      if (!entry)
        throw new CliError(`Nothing in the trash has the id ${id} (see confnotes trash).`);
      const restored = await library.restore(entry.trashId);
      if (values.json) context.out(json(restored));
      else context.out(`Restored ${entry.kind} “${entry.title}” (id ${restored.id}).`);
      return;
    }

    const count = `${entries.length} item${entries.length === 1 ? '' : 's'}`;
    if (!values.yes) {
      throw new CliError(
        entries.length === 0
          ? 'The trash is empty.'
          : `Emptying the trash removes ${count} for good: run it again with --yes.`,
      );
    }
    const { removed } = await library.emptyTrash();
    const kept = (await history.status()).enabled;
    if (values.json) context.out(json({ removed }));
    else if (removed === 0) context.out('The trash was already empty.');
    else {
      context.out(
        `Emptied the trash: ${removed} item${removed === 1 ? '' : 's'} removed for good.` +
          (kept ? ` History keeps ${removed === 1 ? 'its' : 'their'} versions.` : ''),
      );
    }
  },
};

function entryLine(entry: TrashEntry): string {
  const when = entry.deletedAt.slice(0, 16).replace('T', ' ');
  return `${entry.trashId}  ${when}  ${entry.kind.padEnd(10)}  ${entry.title}  (was ${entry.originalPath})`;
}

export const deleteCommand: CliCommand = {
  name: 'delete',
  summary: 'Move a talk or conference to the trash',
  usage: `Usage: confnotes delete ID [--json]

Moves the talk (or the conference, with its talks) with this id (a
conference: or its folder) to the library's trash, from where
\`confnotes trash restore\` brings it back.
  --json   prints {trashId, kind, title, originalPath, deletedAt}`,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
    });
    const [id, extra] = positionals;
    if (!id) throw new CliError('Give the id of the talk or conference to delete.');
    if (extra) throw new CliError(`Unexpected argument "${extra}".`);
    const { library } = await context.services();
    const talk = await library.readTalk(id).catch(() => null);
    const conference = talk ? null : await library.resolveConference(id).catch(() => null);
    if (!talk && !conference) throw new CliError(`No talk or conference ${id} in the library.`);
    const entry = talk
      ? await library.deleteTalk(talk.id)
      : await library.deleteConference(conference!.id);
    if (values.json) context.out(json(entry));
    else context.out(`Moved ${entry.kind} “${entry.title}” to the trash (${entry.trashId}).`);
  },
};
