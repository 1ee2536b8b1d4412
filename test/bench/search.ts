/**
 * `npm run bench -- search [--notes N]`: search over a generated library of
 * N talk notes (10,000 by default, ~50 MB of Markdown, Zipfian words, 150
 * conferences). Every figure goes through the real SearchService and its
 * worker, as the app uses it; query times are round trips from the main
 * thread and include snippets. The last line is one JSON object.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { electronBuilds } from '../../build/electronBuilds';
import { FileLibrary } from '../../electron/core/library/fileLibrary';
import { SearchService } from '../../electron/core/search/searchService';
import { SNAPSHOT_FILE } from '../../electron/core/search/snapshot';
import { splitFrontMatter } from '../../shared/markdown';
import { indexWorkerHeap } from './heapProbe';
import { querySets, type BenchQuery } from './searchQueries';
import { writeCorpus } from './searchCorpus';
import { sharedNotesDir } from '../helpers/sharedFixtures';

const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '10000' },
    // Run the workers from TypeScript through tsx, as tests do, instead of bundled as the app does.
    source: { type: 'boolean', default: false },
  },
});
const notes = Number(values.notes);
const conferences = Math.max(3, Math.min(150, Math.round(notes / 67)));
const base = await mkdtemp(path.join(os.tmpdir(), 'confnotes-bench-search-'));
const root = path.join(base, 'library');
const dataDir = path.join(base, 'data');
const fixtures = sharedNotesDir();
const log = (...parts: unknown[]) => console.log(...parts);

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const round = (n: number) => Math.round(n * 100) / 100;

try {
  // The app runs the search workers bundled (dist-electron); from TypeScript through tsx their
  // start-up alone takes most of a second, which is not what a user waits for.
  // Either way the index worker is heapProbeWorker.ts: the app's, plus the bench's heap probe.
  const workerUrl = values.source
    ? new URL('./heapProbeWorker.ts', import.meta.url)
    : await bundleWorkers(path.join(base, 'workers'));
  const bundled = !values.source;
  log(`workers: ${bundled ? 'bundled, as the app runs them' : 'TypeScript sources through tsx'}`);
  let started = performance.now();
  const corpus = await writeCorpus(root, { notes, conferences, bytesPerNote: 5000 }, fixtures);
  log(
    `wrote ${corpus.talks.length} notes, ${(corpus.textBytes / 1e6).toFixed(1)} MB of Markdown bodies in ${Math.round(performance.now() - started)} ms`,
  );

  // The worker's own heap with an empty index (code, tsx, the Markdown engine), to tell the index's share.
  const emptyLibrary = await FileLibrary.open(path.join(base, 'empty'));
  const empty = new SearchService({
    workerUrl,
    library: emptyLibrary,
    dataDir: path.join(base, 'empty-data'),
  });
  await empty.whenIdle();
  const workerBaseHeap = await indexWorkerHeap();
  await empty.close();
  await emptyLibrary.close();

  const library = await FileLibrary.open(root);
  let search = new SearchService({ library, dataDir, workerUrl });

  // Build from nothing: every note's Markdown parsed through the one engine, in the worker.
  started = performance.now();
  await search.whenIdle();
  const buildMs = performance.now() - started;
  log(`build (cold, parsing every note): ${Math.round(buildMs)} ms`);
  const workerHeapBytes = await indexWorkerHeap();
  const heapBytes = workerHeapBytes - workerBaseHeap;

  // Rebuild after the saved index is lost: the text store spares the Markdown parse.
  await search.close();
  const [key] = await readdir(path.join(dataDir, 'search'));
  await rm(path.join(dataDir, 'search', key, SNAPSHOT_FILE));
  search = new SearchService({ library, dataDir, workerUrl });
  started = performance.now();
  await search.whenIdle();
  const rebuildMs = performance.now() - started;
  log(`rebuild (index lost, texts kept): ${Math.round(rebuildMs)} ms`);

  // Load: a new start with a saved index, to the first answer.
  await search.close();
  search = new SearchService({ library, dataDir, workerUrl });
  started = performance.now();
  await search.query({ query: corpus.vocabulary[300] });
  const loadMs = performance.now() - started;
  log(`load to first result: ${Math.round(loadMs)} ms`);
  await search.whenIdle();

  // The app's launch: the index started (and warmed) before the person's first search.
  await search.close();
  search = new SearchService({ library, dataDir, workerUrl });
  void search.start();
  await search.whenIdle();
  started = performance.now();
  await search.query({ query: corpus.vocabulary[301] });
  const firstQueryMs = performance.now() - started;
  log(`first query after the app's start: ${round(firstQueryMs)} ms`);

  const sets = querySets(corpus, 200);
  const time = async (queries: BenchQuery[]) => {
    const samples: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      await search.query({ query: q.query, limit: 20 });
      samples.push(performance.now() - t);
    }
    return samples;
  };
  await time(sets.exact.slice(0, 20)); // warm-up
  const exact = await time(sets.exact);
  const fuzzy = await time(sets.fuzzy);
  const filtered = await time(sets.filtered);
  log(
    `queries: exact/prefix p50 ${round(percentile(exact, 50))} p95 ${round(percentile(exact, 95))}, fuzzy p95 ${round(percentile(fuzzy, 95))}, filtered p95 ${round(percentile(filtered, 95))} ms`,
  );

  // Incremental updates: a save through the library until the index has it.
  let changedAt = 0;
  const stop = library.onChange(() => (changedAt = performance.now()));
  /** Saves 100 notes (`pick(i)`), each with `change(body, i)`, timing each until the index has it. */
  const timeSaves = async (
    pick: (i: number) => number,
    change: (body: string, i: number) => string,
  ) => {
    const samples: number[] = [];
    for (let i = 0; i < 100; i++) {
      const talk = corpus.talks[pick(i) % corpus.talks.length];
      const doc = await library.readTalk(talk.id);
      await library.updateTalk(talk.id, { body: change(doc.body, i) }, doc.revision);
      await search.whenIdle();
      samples.push(performance.now() - changedAt);
    }
    return samples;
  };
  /** A sentence put in at the word nearest the middle of the note. */
  const inMiddle = (body: string, words: string) => {
    const at = body.indexOf(' ', Math.floor(body.length / 2));
    return at < 0 ? `${body} ${words}` : `${body.slice(0, at)} ${words}${body.slice(at)}`;
  };
  // Different notes each time, a line added at the end: the first save of each (a full parse).
  const updates = await timeSaves(
    (i) => i * 97,
    (body, i) => `${body}\nAdded note ${i} about benchmarkword${i}.\n`,
  );
  // Different notes, a sentence put in the middle: a first save too, the change mid-note.
  const middle = await timeSaves(
    (i) => i * 97 + 31,
    (body, i) => inMiddle(body, `Middle remark ${i} on middleword${i}.`),
  );
  // The same few notes saved again and again in the middle, as while typing (whenIdle
  // takes each save in at once): the re-scan parses only around the change.
  const resaves = await timeSaves(
    (i) => (i % 4) * 97 + 57,
    (body, i) => inMiddle(body, `typed${i}`),
  );
  stop();
  for (const word of ['benchmarkword99', 'middleword99', 'typed99']) {
    const check = await search.query({ query: word });
    if (check.hits[0]?.title === undefined || !check.hits[0].snippet.includes(word)) {
      throw new Error(`an update did not reach the index (${word})`);
    }
  }
  log(
    `update p95: ${round(percentile(updates, 95))} ms (end), ${round(percentile(middle, 95))} ms (middle), ${round(percentile(resaves, 95))} ms (saved again)`,
  );

  // The baseline: a plain scan of the same texts for the same queries, in this process.
  const texts: string[] = [];
  for (const talk of corpus.talks)
    texts.push(
      splitFrontMatter(await readFile(path.join(root, talk.path), 'utf8')).body.toLowerCase(),
    );
  const brute = sets.exact.map((q) => {
    const words = q.words;
    const t = performance.now();
    const hits: Array<[number, number]> = [];
    texts.forEach((text, i) => {
      if (words.every((w) => text.includes(w)))
        hits.push([i, words.reduce((n, w) => n + text.split(w).length - 1, 0)]);
    });
    hits.sort((a, b) => b[1] - a[1]);
    return performance.now() - t;
  });

  await search.close();
  await library.close();
  const figures = {
    notes: corpus.talks.length,
    conferences,
    textBytes: corpus.textBytes,
    buildMs: Math.round(buildMs),
    rebuildMs: Math.round(rebuildMs),
    loadMs: Math.round(loadMs),
    firstQueryMs: round(firstQueryMs),
    workers: bundled ? 'bundled' : 'source',
    updateP95Ms: round(percentile(updates, 95)),
    updateMiddleP95Ms: round(percentile(middle, 95)),
    updateResaveP95Ms: round(percentile(resaves, 95)),
    queryP50Ms: round(percentile(exact, 50)),
    queryP95Ms: round(percentile(exact, 95)),
    fuzzyP95Ms: round(percentile(fuzzy, 95)),
    filteredP95Ms: round(percentile(filtered, 95)),
    heapBytes,
    heapRatio: round(heapBytes / corpus.textBytes),
    workerHeapBytes,
    loadAverage: round(os.loadavg()[0]),
    bruteForceP95Ms: round(percentile(brute, 95)),
  };
  console.log(JSON.stringify(figures));
} finally {
  await rm(base, { recursive: true, force: true });
}

/**
 * Builds the index and extraction workers as the app's build does, into
 * `outdir`, the index worker with the heap probe (heapProbeWorker.ts).
 */
async function bundleWorkers(outdir: string): Promise<URL> {
  const root = path.resolve(import.meta.dirname, '../..');
  const builds = electronBuilds(root, outdir);
  const options = (name: string) => builds.find((b) => b.name === name)!.options;
  await build(options('extractWorker'));
  await build({
    ...options('indexWorker'),
    entryPoints: [path.join(import.meta.dirname, 'heapProbeWorker.ts')],
  });
  return pathToFileURL(options('indexWorker').outfile);
}
