/**
 * `npm run bench -- history [--notes N] [--versions V]`: history and sync on
 * a generated library of N talk notes (10,000 by default, the search bench's
 * corpus). Figures: the first version of the whole library; a checkpoint
 * after one save, through HistoryService and its worker as the app runs
 * them, with the longest stall of the main thread's event loop meanwhile;
 * the history of a talk with V versions (100) in a repository of 2V+1
 * commits, cold (a fresh worker) and warm; a sync of 10 changed talks
 * against a loopback git http-backend (on a thread of its own), pushed by one library and pulled by
 * another, with the main loop's longest stall; reading again 10 notes
 * changed outside, by their paths and the whole library. The last line is
 * one JSON object.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { electronBuilds } from '../../build/electronBuilds';
import { memoryCredentials } from '../../electron/core/history/credentials';
import { HistoryClient } from '../../electron/core/history/historyClient';
import { DIGEST_FILE } from '../../electron/core/history/commitDigests';
import { HistoryOps } from '../../electron/core/history/historyOps';
import { HistoryService } from '../../electron/core/history/historyService';
import { FileLibrary } from '../../electron/core/library/fileLibrary';
import { bareRepository } from '../helpers/gitHttpServer';
import { startGitServerThread } from './gitServerThread';
import { sharedNotesDir } from '../helpers/sharedFixtures';
import { writeCorpus } from './searchCorpus';

const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '10000' },
    versions: { type: 'string', default: '100' },
  },
});
const notes = Number(values.notes);
const versionCount = Number(values.versions);
const base = await mkdtemp(path.join(os.tmpdir(), 'confnotes-bench-history-'));
const root = path.join(base, 'library');
const log = (...parts: unknown[]) => console.log(...parts);
const ms = (start: number) => Math.round(performance.now() - start);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);

/**
 * The longest gap between 1 ms timer ticks while `work` runs: how long the main loop stalled;
 * and the longest garbage-collection pause meanwhile, which accounts for some of it.
 */
async function stallDuring<T>(
  work: () => Promise<T>,
): Promise<{ value: T; stallMs: number; gcMs: number }> {
  let last = performance.now();
  let stall = 0;
  let gc = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 1);
  const collections = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gc = Math.max(gc, entry.duration);
  });
  collections.observe({ entryTypes: ['gc'] });
  try {
    const value = await work();
    return { value, stallMs: round1(stall), gcMs: round1(gc) };
  } finally {
    clearInterval(probe);
    collections.disconnect();
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

try {
  log(
    `load average before: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const workerUrl = await bundleWorker(path.join(base, 'worker'));
  let started = performance.now();
  const corpus = await writeCorpus(
    root,
    { notes, conferences: Math.max(3, Math.min(150, Math.round(notes / 67))), bytesPerNote: 5000 },
    sharedNotesDir(),
  );
  log(`wrote ${corpus.talks.length} notes in ${ms(started)} ms`);

  started = performance.now();
  const first = await new HistoryOps(root).enable();
  const firstCommitMs = ms(started);
  log(`first version of the whole library (${first?.files} files): ${firstCommitMs} ms`);

  const library = await FileLibrary.open(root);
  const open = () =>
    HistoryService.open({ library, credentials: memoryCredentials({}), workerUrl });
  let history = await open();
  const talk = corpus.talks[Math.floor(corpus.talks.length / 2)];
  const save = async (text: string) => {
    const doc = await library.readTalk(talk.id);
    await library.updateTalk(talk.id, { body: `${doc.body}\n${text}\n` }, doc.revision);
  };
  await save('warm-up');
  await history.checkpointNow();
  const checkpoints: number[] = [];
  const stalls: number[] = [];
  for (let i = 0; i < 15; i++) {
    await save(`A line typed in round ${i}.`);
    const t = performance.now();
    const { stallMs } = await stallDuring(() => history.checkpointNow());
    checkpoints.push(performance.now() - t);
    stalls.push(stallMs);
  }
  log(
    `checkpoint after one save: median ${median(checkpoints).toFixed(1)} ms, max ${max(checkpoints).toFixed(1)} ms; ` +
      `main loop's longest stall meanwhile: median ${median(stalls)} ms, max ${max(stalls)} ms`,
  );

  // A talk with `versionCount` versions, each between commits of other talks.
  const ops = new HistoryOps(root);
  const other = corpus.talks[3];
  for (let i = 0; i < versionCount; i++) {
    await save(`Version ${i} adds these words.`);
    await ops.checkpoint([talk.path]);
    const doc = await library.readTalk(other.id);
    await library.updateTalk(other.id, { body: `${doc.body}\nround ${i}\n` }, doc.revision);
    await ops.checkpoint([other.path]);
  }
  await history.close();
  // The worker started apart, so that "cold" is the history itself with nothing cached: as the
  // app meets it, with the digests the checkpoints wrote.
  const coldHistory = async () => {
    const client = new HistoryClient(root, workerUrl);
    let t = performance.now();
    await client.api.state();
    const startMs = ms(t);
    t = performance.now();
    const found = await client.api.versions(talk.path, talk.id, versionCount);
    const coldMs = ms(t);
    t = performance.now();
    await client.api.versions(talk.path, talk.id, versionCount);
    const againMs = ms(t);
    await client.close();
    return { found, startMs, coldMs, againMs };
  };
  const cold = await coldHistory();
  const listed = cold.found;
  const workerStartMs = cold.startMs;
  const historyColdMs = cold.coldMs;
  const historyWarmMs = cold.againMs;
  // Without digests (a repository whose commits Confnotes did not make): the walk reads trees.
  const digests = path.join(root, '.git', DIGEST_FILE);
  await rm(digests);
  const undigested = await coldHistory();
  log(
    `history of a talk with ${listed.length} versions in ${2 * versionCount + 1}+ commits: cold ${historyColdMs} ms, again ${historyWarmMs} ms ` +
      `(worker start ${workerStartMs} ms apart); with no digests yet ${undigested.coldMs} ms (writes them), then ${undigested.againMs} ms`,
  );

  // Sync: A pushes the whole library once, B is a copy of A; then 10 talks change on A.
  bareRepository(base, 'remote');
  const server = await startGitServerThread(base);
  const url = server.url('remote');
  history = await open();
  await history.setEnabled(true);
  let t = performance.now();
  const initial = await history.sync(url);
  const initialPushMs = ms(t);
  log(`first sync (push of the whole library): ${initialPushMs} ms, ${initial.outcome}`);
  await history.close();
  await library.close();
  const copy = path.join(base, 'copy');
  await cp(root, copy, { recursive: true });
  const libraryA = await FileLibrary.open(root);
  const a = await HistoryService.open({
    library: libraryA,
    credentials: memoryCredentials({}),
    workerUrl,
  });
  for (const changed of corpus.talks.slice(100, 110)) {
    const doc = await libraryA.readTalk(changed.id);
    await libraryA.updateTalk(changed.id, { body: `${doc.body}\nChanged on A.\n` }, doc.revision);
  }
  t = performance.now();
  const pushed = await a.sync();
  const pushMs = ms(t);
  const libraryB = await FileLibrary.open(copy);
  const b = await HistoryService.open({
    library: libraryB,
    credentials: memoryCredentials({}),
    workerUrl,
  });
  t = performance.now();
  const { value: pulled, stallMs: pullStallMs, gcMs: pullGcMs } = await stallDuring(() => b.sync());
  const pullMs = ms(t);
  // The floor under these figures on a shared machine: an idle main loop over as long a time.
  const idle = await stallDuring(() => new Promise((resolve) => setTimeout(resolve, pullMs)));
  const arrived = await readFile(path.join(copy, corpus.talks[105].path), 'utf8');
  log(
    `sync of 10 changed talks: push from A ${pushMs} ms (${pushed.outcome}), pull into B ${pullMs} ms ` +
      `(${pulled.pulled} files, arrived: ${arrived.includes('Changed on A.')}, main loop's longest stall ${pullStallMs} ms, longest GC pause ${pullGcMs} ms; ` +
      `an idle main loop's over as long ${idle.stallMs} ms)`,
  );
  // What the library does after a pull or an outside change: read again the paths that changed,
  // against the whole library (its fallback), 10 notes changed outside each time.
  const pathRescans = { stalls: [] as number[], gcs: [] as number[], times: [] as number[] };
  const wholeRescans = { stalls: [] as number[], gcs: [] as number[], times: [] as number[] };
  for (let round = 0; round < 16; round++) {
    const changed = corpus.talks.slice(200 + round * 10, 210 + round * 10);
    for (const note of changed) {
      const file = path.join(copy, note.path);
      await writeFile(file, `${await readFile(file, 'utf8')}\nChanged outside, round ${round}.\n`);
    }
    const whole = round % 2 === 1;
    const t = performance.now();
    const { stallMs, gcMs } = await stallDuring(() =>
      libraryB.refresh(whole ? undefined : changed.map((note) => note.path)),
    );
    const into = whole ? wholeRescans : pathRescans;
    into.stalls.push(stallMs);
    into.gcs.push(gcMs);
    into.times.push(performance.now() - t);
  }
  const describeRescans = (r: typeof pathRescans) =>
    `stall median ${median(r.stalls)} ms, max ${max(r.stalls)} ms (longest GC pause ${max(r.gcs)} ms); ` +
    `done in median ${Math.round(median(r.times))} ms`;
  log(
    `reading 10 notes changed outside (8 times each): by their paths ${describeRescans(pathRescans)}; ` +
      `the whole library ${describeRescans(wholeRescans)}`,
  );
  await a.close();
  await b.close();
  await libraryA.close();
  await libraryB.close();
  await server.close();

  const figures = {
    notes: corpus.talks.length,
    firstCommitMs,
    checkpointMedianMs: Math.round(median(checkpoints)),
    checkpointMaxMs: Math.round(max(checkpoints)),
    checkpointMainStallMaxMs: max(stalls),
    historyVersions: listed.length,
    workerStartMs,
    historyColdMs,
    historyWarmMs,
    historyNoDigestsMs: undigested.coldMs,
    initialPushMs,
    syncPushMs: pushMs,
    syncPullMs: pullMs,
    syncPullMainStallMs: pullStallMs,
    syncPullGcPauseMs: pullGcMs,
    idleMainStallMs: idle.stallMs,
    rescanPathsStallMedianMs: median(pathRescans.stalls),
    rescanPathsStallMaxMs: max(pathRescans.stalls),
    rescanWholeStallMedianMs: median(wholeRescans.stalls),
    rescanWholeStallMaxMs: max(wholeRescans.stalls),
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
  console.log(JSON.stringify(figures));
} finally {
  await rm(base, { recursive: true, force: true });
}

/** The history worker bundled as the app's build makes it. */
async function bundleWorker(outdir: string): Promise<URL> {
  const rootDir = path.resolve(import.meta.dirname, '../..');
  for (const { name, options } of electronBuilds(rootDir, outdir)) {
    if (name === 'historyWorker') await build(options);
  }
  return pathToFileURL(path.join(outdir, 'historyWorker.js'));
}
