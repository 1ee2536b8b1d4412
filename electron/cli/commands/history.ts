import { parseArgs } from 'node:util';
import type { NoteVersionInfo } from '../../../shared/history';
import { TOKEN_VARIABLE } from '../../core/history/credentials';
import { CliError, type CliCommand } from '../command';

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const historyCommand: CliCommand = {
  name: 'history',
  summary: 'A talk’s versions; or turn history on or off for the library',
  usage: `Usage: confnotes history TALK_ID [--limit N] [--json]
       confnotes history on | off | status [--json]

With history on, Confnotes keeps every note's past in a git repository inside
the library (.git, usable by the real git): a version a few seconds after you
stop typing, at most every few minutes while you type, before imports, and
when it quits. History is off until you turn it on.

  TALK_ID     lists the talk's versions, newest first: version, time, words
              added and removed, and what changed
  on          turns history on: the first version holds the whole library
  off         stops making versions (the versions made are kept)
  status      whether history is on, the remote, the last sync
  --limit N   at most N versions (default 100)
  --json      prints [{version, date, message, added, removed}] (status: an object)`,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, limit: { type: 'string' } },
    });
    const [target, extra] = positionals;
    if (!target) throw new CliError('Give a talk id, or on, off or status.');
    if (extra) throw new CliError(`Unexpected argument "${extra}".`);
    const { history } = await context.services();
    if (target === 'on' || target === 'off' || target === 'status') {
      const status =
        target === 'status' ? await history.status() : await history.setEnabled(target === 'on');
      if (values.json) {
        context.out(json(status));
        return;
      }
      context.out(
        status.enabled
          ? `History is on.${status.remote ? ` Remote: ${status.remote}` : ' No remote (confnotes sync --remote URL).'}`
          : 'History is off.',
      );
      if (status.sync.message) context.out(`Last sync: ${status.sync.message}`);
      return;
    }
    const limit = values.limit === undefined ? 100 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new CliError('--limit must be a number from 1.');
    const versions = await history.versions(target, limit);
    if (values.json) context.out(json(versions));
    else if (versions.length === 0) context.out('No versions yet.');
    else for (const line of versions.map(versionLine)) context.out(line);
  },
};

function versionLine(version: NoteVersionInfo): string {
  const when = version.date.slice(0, 16).replace('T', ' ');
  const words = `+${version.added} -${version.removed}`.padEnd(12);
  return `${version.version.slice(0, 10)}  ${when}  ${words}  ${version.message}`;
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Make a past version a talk’s text again (as a new version)',
  usage: `Usage: confnotes restore TALK_ID --version V [--json]

Writes the talk as it was at version V (an id from \`confnotes history
TALK_ID\`, or enough of its start to name one) and records that as a new
version: the text it replaces stays in history.
  --json   prints {"version"}: the new version's id`,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { version: { type: 'string' }, json: { type: 'boolean' } },
    });
    const [talkId] = positionals;
    if (!talkId) throw new CliError('Give the talk id.');
    if (!values.version)
      throw new CliError('--version is required (see confnotes history TALK_ID).');
    if (!/^[0-9a-f]{4,40}$/i.test(values.version)) {
      throw new CliError(`--version ${values.version} is not a version id (4 to 40 hex digits).`);
    }
    const { history } = await context.services();
    const done = await history.restore(talkId, values.version);
    if (values.json) context.out(json(done));
    else
      context.out(
        done.version
          ? `Restored; this is version ${done.version.slice(0, 10)}.`
          : 'The talk already reads as that version: nothing to restore.',
      );
  },
};

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'Pull, then push, the library’s history with its remote',
  usage: `Usage: confnotes sync [--remote URL] [--json]

Brings in what the remote has (a merge, never a rebase: a note changed on both
sides keeps both texts, the other side's in a conflict copy beside it), then
sends this library's versions there. History must be on.
  --remote URL   sets the remote first (an https:// git repository: GitHub,
                 GitLab, Gitea, any smart-HTTP server); kept for later syncs
  --json         prints {outcome, message, pulled, pushed, conflicts}

The token, if the server asks for one, is read from $${TOKEN_VARIABLE}; it is
never written anywhere.`,
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: { remote: { type: 'string' }, json: { type: 'boolean' } },
    });
    const { history } = await context.services();
    let report;
    try {
      report = await history.sync(values.remote);
    } catch (error) {
      // A URL that is no URL, or a remote the repository would not take.
      throw new CliError((error as Error).message);
    }
    if (values.json) context.out(json(report));
    if (report.outcome !== 'synced') throw new CliError(report.message);
    if (!values.json) {
      context.out(report.message);
      for (const copy of report.conflicts) context.out(`  conflict copy: ${copy}`);
    }
  },
};
