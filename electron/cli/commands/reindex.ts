import { parseArgs } from 'node:util';
import type { CliCommand } from '../command';

export const reindexCommand: CliCommand = {
  name: 'reindex',
  summary: 'Rebuild the search index from the library',
  usage: `Usage: confnotes reindex [--json]

  Throws the saved search index away (it lives in the app's data folder,
  never in the library) and indexes every talk's notes again.
  --json   prints {talks, seconds}`,
  async run(args, context) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
    const { search } = await context.services();
    const started = performance.now();
    await search.whenIdle();
    const status = await search.reindex();
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    if (values.json) context.out(JSON.stringify({ talks: status.talks, seconds }));
    else context.out(`Indexed ${status.talks} talks in ${seconds} s.`);
  },
};
