import { parseArgs } from 'node:util';
import type { SlidesStatus } from '../../../shared/slides';
import type { CliCommand } from '../command';

export const reindexCommand: CliCommand = {
  name: 'reindex',
  summary: 'Read pending slide photos and rebuild the search index',
  usage: `Usage: confnotes reindex [--no-slides] [--json]

  Reads the text of the images in notes not read yet (progress on stderr;
  readings are kept in the app's data folder, so each image is read once),
  then throws the saved search index away (it lives in the app's data
  folder, never in the library) and indexes every talk's notes again.
  --no-slides  reads no image (the slide text read before is still indexed)
  --json       prints {talks, seconds, slides: {read, skipped}}`,
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, 'no-slides': { type: 'boolean' } },
    });
    const { search, slides } = await context.services();
    const started = performance.now();
    let read: SlidesStatus | null = null;
    if (!values['no-slides']) {
      read = await slides.drain(progressPrinter((line) => context.err(line)));
      if (read.state === 'unavailable')
        context.err(`confnotes reindex: slides not read: ${read.message ?? 'no text reader'}`);
    }
    await search.whenIdle();
    const status = await search.reindex();
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const slideCounts = { read: read?.done ?? 0, skipped: read?.skipped ?? 0 };
    if (values.json)
      context.out(JSON.stringify({ talks: status.talks, seconds, slides: slideCounts }));
    else {
      const readText = read
        ? `, read ${slideCounts.read} slide image${slideCounts.read === 1 ? '' : 's'}` +
          (slideCounts.skipped > 0 ? ` (${slideCounts.skipped} skipped)` : '')
        : '';
      context.out(`Indexed ${status.talks} talks${readText} in ${seconds} s.`);
    }
  },
};

/** One stderr line per image read or skipped (with why), as the reader reports it. */
function progressPrinter(err: (text: string) => void): (status: SlidesStatus) => void {
  let lastDone = 0;
  let lastSkipped = 0;
  return (status) => {
    if (status.done === lastDone) return;
    const skipped = status.skipped > lastSkipped;
    const total = status.done + status.pending;
    const detail = skipped && status.message ? ` skipped ${status.message}` : '';
    err(`slides: ${status.done}/${total} read${detail}`);
    lastDone = status.done;
    lastSkipped = status.skipped;
  };
}
