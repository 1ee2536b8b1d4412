import { parseArgs } from 'node:util';
import type { LibraryService } from '../../core/library/types';
import { CoreError } from '../../core/errors';
import { CliError, type CliCommand } from '../command';

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'List conferences and their talks',
  usage: `Usage: confnotes list [--json]

  --json   prints an array of conferences, newest first:
           [{id, title, starts, path, talks: [{id, title, speakers: [{name, affiliation}],
             kind, tags, path}]}]  (paths relative to the library)`,
  async run(args, context) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
    const { library } = await context.services();
    const tree = await library.list();
    if (values.json) {
      context.out(
        json(
          tree.conferences.map((c) => ({
            id: c.id,
            title: c.meta.title,
            starts: c.meta.starts ?? null,
            path: c.folder,
            talks: c.talks.map((t) => ({
              id: t.id,
              title: t.meta.title,
              speakers: t.meta.speakers,
              kind: t.meta.kind,
              tags: t.meta.tags,
              path: t.path,
            })),
          })),
        ),
      );
      return;
    }
    if (tree.conferences.length === 0) context.out(`No conferences yet in ${tree.root}.`);
    for (const c of tree.conferences) {
      context.out(`${c.meta.title}${c.meta.starts ? ` (${c.meta.starts})` : ''}  ${c.id}`);
      for (const t of c.talks) {
        const speakers = t.meta.speakers.map((s) => s.name).join(', ');
        context.out(`  ${t.meta.title}${speakers ? ` — ${speakers}` : ''}  ${t.id}`);
      }
    }
  },
};

export const showCommand: CliCommand = {
  name: 'show',
  summary: 'Print a talk or a conference',
  usage: `Usage: confnotes show ID [--json]

  --json   prints {type: "talk"|"conference", id, path, meta, body, problems}`,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
    });
    const [id] = positionals;
    if (!id || positionals.length > 1) throw new CliError('give exactly one ID.');
    const { library } = await context.services();
    const { type, document } = await readEither(library, id);
    if (values.json) {
      const { id: docId, path, meta, body, problems } = document;
      context.out(json({ type, id: docId, path, meta, body, problems }));
      return;
    }
    context.out(`# ${document.meta.title}\n`);
    if ('speakers' in document.meta && document.meta.speakers.length > 0) {
      const names = document.meta.speakers.map((s) =>
        s.affiliation ? `${s.name} (${s.affiliation})` : s.name,
      );
      context.out(`Speakers: ${names.join(', ')}`);
    }
    context.out(`File: ${document.path}\n`);
    context.out(document.body);
  },
};

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Validate every file; exit 1 if any has a problem',
  usage: `Usage: confnotes check

Prints one "path: problem" line per problem (paths relative to the library)
and exits 1 if there is any.`,
  async run(args, context) {
    parseArgs({ args, options: {} });
    const { library } = await context.services();
    const { problems } = await library.list();
    for (const problem of problems) context.out(`${problem.path}: ${problem.message}`);
    if (problems.length === 0) context.out('No problems.');
    return problems.length > 0 ? 1 : 0;
  },
};

async function readEither(library: LibraryService, id: string) {
  try {
    return { type: 'talk' as const, document: await library.readTalk(id) };
  } catch (error) {
    if (!(error instanceof CoreError) || error.code !== 'not-found') throw error;
    return { type: 'conference' as const, document: await library.resolveConference(id) };
  }
}
