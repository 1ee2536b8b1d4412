/**
 * `npm run bench -- app [--talks 10000] [--conferences 200] [--loads 3] [--fresh]`: the
 * window at 10,000 talks, as a person meets it. Writes (or reuses) a library
 * of 200 conferences and 10,000 scheduled talks (~50 MB) with its search
 * index already built, starts the preview server on it, and opens the window
 * in Debian's Chromium: the time to show the library and be ready, to open a
 * talk from the sidebar, to paint a query's first result; the sidebar's DOM
 * nodes and the renderer's heap. The same figures for a 30-talk library are
 * printed beside them, so growth shows. The last line is one JSON object.
 * Needs dist/renderer (npm run build:renderer).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { SearchService } from '../../electron/core/search/searchService';
import { startPreviewServer } from '../../electron/preview/previewServer';
import { launchChromium } from '../e2e/harness';
import { benchLibrary, type BenchLibrary } from './appLibraries';
import {
  domNodes,
  heapMb,
  loadWindow,
  openTalk,
  percentile,
  timeQuery,
  visibleTalks,
  type WindowLoad,
} from './appProbes';

const { values } = parseArgs({
  options: {
    talks: { type: 'string', default: '10000' },
    conferences: { type: 'string', default: '200' },
    loads: { type: 'string', default: '3' },
    fresh: { type: 'boolean', default: false },
  },
});

const progress = (line: string) => console.error(line);

const TARGETS = {
  windowReadyMs: 1000,
  openMs: 300,
  queryP95Ms: 150,
  sidebarNodes: 3000,
  heapMb: 150,
};

async function measure(library: BenchLibrary, browser: Browser) {
  const preview = await startPreviewServer({
    libraryRoot: library.root,
    dataDir: library.dataDir,
    log: () => {},
  });
  try {
    // The index was built on an earlier launch: wait for it to be loaded, as a person would
    // have waited for the app to start, before the window opens.
    await preview.services.search.whenIdle();
    // Each load a new profile (nothing cached), as a person opening the window for the first time.
    const loads: WindowLoad[] = [];
    let page: Page | undefined;
    for (let round = 0; round < Math.max(1, Number(values.loads)); round++) {
      await page?.context().close();
      const opened = await loadWindow(browser, preview.url);
      page = opened.page;
      loads.push(opened.load);
      progress(`${library.name}: window load ${round + 1}: ${JSON.stringify(opened.load)}`);
    }
    if (!page) throw new Error('no window was opened');
    await page.waitForTimeout(500);

    const titles = (await visibleTalks(page)).slice(1, 7);
    const opens: number[] = [];
    for (const title of titles) opens.push(await openTalk(page, title));
    progress(`${library.name}: opened ${titles.length} talks: ${opens.join(', ')} ms`);

    await page.keyboard.press('Control+Shift+F');
    await page.getByRole('searchbox', { name: 'Search notes' }).waitFor();
    // Content words (stop words find nothing), common enough to be in the 30-talk library too.
    const queries = library.vocabulary.slice(60, 600).filter((w) => w.length >= 6);
    // The first query after launch pays the search worker's cold start (~175 ms in the worker
    // alone, measured apart): printed on its own, then 20 queries as typing goes on.
    const [first, ...measured] = queries.slice(0, 21);
    const served = timeServiceCalls(preview.services.search);
    const firstQueryMs = await timeQuery(page, first);
    // Where the first query's time went: the index worker's own (runQuery), the search
    // service's round trip to it, and the rest (the bridge, main's dispatch, the window's render).
    const firstQueryServed = served.splice(0)[0];
    const times: number[] = [];
    const missed: string[] = [];
    for (const query of measured) {
      const ms = await timeQuery(page, query);
      if (ms === undefined) missed.push(query);
      else times.push(ms);
    }
    progress(
      `${library.name}: first query ${firstQueryMs} ms (search service ${firstQueryServed?.serviceMs} ms, index worker ${firstQueryServed?.workerMs} ms), then ${times.join(', ')} ms`,
    );
    served.stop();
    await page.keyboard.press('Escape');
    // The same queries asked again of the search service in main, as the panel's call reaches
    // it: what of a query's time is the index's, and what the window's and the bridge's (a
    // lower bound for the index: the parts a query decodes lazily are decoded by now).
    const serverTimes: number[] = [];
    for (const query of measured) {
      const started = performance.now();
      await preview.services.search.query({ query, limit: 30 });
      serverTimes.push(Math.round(performance.now() - started));
    }

    const nodes = await domNodes(page);
    const figures = {
      talks: library.talks,
      conferences: library.conferences,
      windowFirstShownMs: loads[0].shownMs,
      windowFirstReadyMs: loads[0].readyMs,
      windowShownMs: percentile(
        loads.map((l) => l.shownMs),
        50,
      ),
      windowReadyMs: percentile(
        loads.map((l) => l.readyMs),
        50,
      ),
      openMs: percentile(opens, 50),
      openMaxMs: Math.max(...opens),
      firstQueryMs,
      firstQueryServiceMs: firstQueryServed?.serviceMs,
      firstQueryWorkerMs: firstQueryServed?.workerMs,
      queryP50Ms: percentile(times, 50),
      queryP95Ms: percentile(times, 95),
      queriesMissed: missed.length,
      searchServiceP50Ms: percentile(serverTimes, 50),
      searchServiceP95Ms: percentile(serverTimes, 95),
      sidebarNodes: nodes.sidebar,
      documentNodes: nodes.document,
      heapMb: await heapMb(page),
    };
    await page.context().close();
    return figures;
  } finally {
    await preview.close();
  }
}

/**
 * Times every query the window asks of the search service from now on (main's own clock):
 * the service's round trip and the index worker's time inside it (`tookMs`), in order.
 */
function timeServiceCalls(search: SearchService) {
  const calls: Array<{ serviceMs: number; workerMs: number }> = [];
  const query = search.query.bind(search);
  search.query = async (request) => {
    const started = performance.now();
    const response = await query(request);
    const serviceMs = Math.round(performance.now() - started);
    calls.push({ serviceMs, workerMs: Math.round(response.tookMs) });
    return response;
  };
  return Object.assign(calls, { stop: () => (search.query = query) });
}

const big = await benchLibrary(
  'big',
  Number(values.talks),
  Number(values.conferences),
  values.fresh,
);
const small = await benchLibrary('small', 30, 3, values.fresh);
const browser = await launchChromium();
try {
  const load = () => os.loadavg().map((n) => Math.round(n * 100) / 100);
  const loadBefore = load();
  const smallFigures = await measure(small, browser);
  console.log(`${small.talks} talks:`, JSON.stringify(smallFigures));
  const bigFigures = await measure(big, browser);
  console.log(`${big.talks} talks:`, JSON.stringify(bigFigures));
  const met = Object.fromEntries(
    Object.entries(TARGETS).map(([key, target]) => [
      key,
      (bigFigures as Record<string, number>)[key] <= target,
    ]),
  );
  console.log(
    JSON.stringify({
      big: bigFigures,
      small: smallFigures,
      targets: TARGETS,
      met,
      loadAverage: { before: loadBefore, after: load() },
      cores: os.cpus().length,
    }),
  );
} finally {
  await browser.close();
}
