import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { sourcesOf, type TalkSource } from '../../../electron/core/search/documents';
import { ExtractPool, extractFile } from '../../../electron/core/search/extractPool';
import type { PoolOptions } from '../../../electron/core/search/extractQueue';
import { IndexHost } from '../../../electron/core/search/indexHost';
import { writeCorpus, type Corpus } from '../../bench/searchCorpus';
import { sharedNotesDir } from '../../helpers/sharedFixtures';

/**
 * A large build parses notes on a pool of worker threads
 * (electron/core/search/extractPool.ts). The index it gives must be the one
 * a build on the index's own thread gives, and a pool whose workers cannot
 * start must still index every note.
 */
const fixtures = sharedNotesDir();
let base: string;
let corpus: Corpus;
let sources: TalkSource[];

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'confnotes-pool-'));
  corpus = await writeCorpus(
    path.join(base, 'library'),
    { notes: 90, conferences: 3, bytesPerNote: 1500, seed: 5 },
    fixtures,
  );
  const library = await FileLibrary.open(corpus.root);
  sources = sourcesOf((await library.list()).conferences);
  await library.close();
}, 120_000);

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function build(name: string, pool: PoolOptions) {
  const dir = path.join(base, name);
  await mkdir(dir);
  const host = new IndexHost(dir, corpus.root, () => {}, pool);
  await host.open();
  const status = await host.sync(sources);
  const answers = [];
  for (const word of corpus.vocabulary.slice(60, 75)) {
    const response = await host.query({ query: word, limit: 100 });
    answers.push(response.hits.map((h) => [h.talkId, h.score.toFixed(6), h.snippet]));
  }
  const open = (await host.values()).open;
  await host.close();
  return { status, answers, open };
}

describe('the extraction pool', () => {
  it('extracts on its workers what the index thread extracts', async () => {
    const files = corpus.talks.slice(0, 5).map((t) => path.join(corpus.root, t.path));
    const pool = ExtractPool.start(2);
    try {
      const results = await pool.extract(files);
      expect(results).not.toBeNull();
      expect(results).toEqual(await Promise.all(files.map(extractFile)));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('gives the index a build on one thread gives', async () => {
    const alone = await build('alone', { size: 0 });
    const pooled = await build('pooled', { size: 2, minNotes: 1 });
    expect(alone.status).toMatchObject({ state: 'ready', talks: sources.length });
    expect(pooled.status).toMatchObject({ state: 'ready', talks: sources.length });
    expect(alone.answers.flat().length).toBeGreaterThan(0);
    expect(pooled.answers).toEqual(alone.answers);
    expect(pooled.open).toBe(alone.open);
  }, 120_000);

  it('indexes every note on its own thread when the workers cannot start', async () => {
    const alone = await build('alone-again', { size: 0 });
    const broken = await build('broken', {
      size: 2,
      minNotes: 1,
      workerUrl: new URL('./noSuchWorker.ts', import.meta.url),
    });
    expect(broken.status).toMatchObject({ state: 'ready', talks: sources.length });
    expect(broken.answers).toEqual(alone.answers);
  }, 120_000);
});
