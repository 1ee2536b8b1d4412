import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCoreServices } from '../../electron/core/services';
import { sharedNotesDir } from '../helpers/sharedFixtures';
import { writeCorpus } from './searchCorpus';

/** A library for the window benchmark, with its search index already built beside it. */
export interface BenchLibrary {
  name: string;
  root: string;
  dataDir: string;
  talks: number;
  conferences: number;
  /** Words of the corpus by falling frequency, to pick queries that find something. */
  vocabulary: string[];
}

/** Bumped whenever the corpus written below changes, so a cached copy is not reused. */
const CORPUS_VERSION = 1;

/**
 * Writes (or reuses, from an earlier run) a library of `talks` talks in
 * `conferences` conferences, scheduled, ~5 kB of notes each, and builds its
 * search index once, as the app would have done on an earlier launch. Cached
 * under the temp folder: writing 10,000 notes and indexing them takes
 * minutes on a loaded machine, and opening a talk or searching writes nothing.
 */
export async function benchLibrary(
  name: string,
  talks: number,
  conferences: number,
  fresh: boolean,
): Promise<BenchLibrary> {
  const base = path.join(
    os.tmpdir(),
    'confnotes-bench-app',
    `${name}-${talks}-${conferences}-v${CORPUS_VERSION}`,
  );
  const root = path.join(base, 'library');
  const dataDir = path.join(base, 'data');
  const marker = path.join(base, 'complete.json');
  if (fresh || !existsSync(marker)) {
    await rm(base, { recursive: true, force: true });
    await mkdir(base, { recursive: true });
    const started = performance.now();
    const corpus = await writeCorpus(
      root,
      { notes: talks, conferences, bytesPerNote: 5000, scheduled: true },
      sharedNotesDir(),
    );
    console.log(
      `${name}: wrote ${talks} talks in ${conferences} conferences (${(corpus.textBytes / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - started)} ms`,
    );
    const indexing = performance.now();
    const services = await createCoreServices({ libraryRoot: root, dataDir });
    await services.search.start();
    await services.search.whenIdle();
    await services.close();
    console.log(`${name}: search index built in ${Math.round(performance.now() - indexing)} ms`);
    await writeFile(marker, JSON.stringify({ vocabulary: corpus.vocabulary.slice(0, 2000) }));
  }
  const { vocabulary } = JSON.parse(await readFile(marker, 'utf8')) as { vocabulary: string[] };
  return { name, root, dataDir, talks, conferences, vocabulary };
}
