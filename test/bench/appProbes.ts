import type { Browser, Page } from 'playwright-core';

/**
 * What the window benchmark measures inside the page, with the page's own
 * clock: `performance.now()` counts from navigation, and an event's
 * `timeStamp` is on the same clock, so no round trip to the driver is in a figure.
 */

/** The sidebar's rows, in the list of buttons it used to be and in the tree it is. */
const NAV = 'nav[aria-label="Library"]';
const ROWS = `${NAV} .library-entry, ${NAV} [role="treeitem"]`;
const TALK_ROWS = `${NAV} .talk-list .library-entry, ${NAV} [role="treeitem"][aria-level="3"]`;

// In-page code goes as source text: tsx would wrap named inner functions in a helper the page lacks.

/** Marks the frame that first shows the sidebar's rows, then the first idle moment after it. */
const LOAD_PROBE = `(rows) => {
  const probe = {};
  window.__windowLoad = probe;
  const tick = () => {
    if (!document.querySelector(rows)) return void requestAnimationFrame(tick);
    // Present at this frame's rAF: painted by the end of the frame, which the next rAF marks.
    requestAnimationFrame(() => {
      probe.shownMs = performance.now();
      requestIdleCallback(() => (probe.readyMs = performance.now()));
    });
  };
  requestAnimationFrame(tick);
}`;

/** From the next click to the frame showing `expected` in the title and text in the notes. */
const OPEN_PROBE = `(expected) => window.__probe = new Promise((resolve) => {
  document.addEventListener('click', (event) => {
    const clickedAt = event.timeStamp;
    const check = () => {
      const input = document.querySelector('.title-field input');
      const notes = document.querySelector('[aria-label="Notes"]');
      if (input && input.value === expected && notes && notes.textContent.length > 0)
        requestAnimationFrame(() => resolve(performance.now() - clickedAt));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, { capture: true, once: true });
})`;

/**
 * From the next input in the search box to the frame that paints a first
 * result of this query (10 s at most): a hit whose snippet marks the word
 * typed, since the last query's hits may still be on screen for a moment.
 */
const QUERY_PROBE = `(word) => window.__probe = new Promise((resolve) => {
  const input = document.querySelector('[aria-label="Search notes"]');
  input.addEventListener('input', (event) => {
    const typedAt = event.timeStamp;
    const check = () => {
      if (performance.now() - typedAt > 10000) return resolve(undefined);
      const marks = document.querySelectorAll('#search-results [role="option"] mark');
      if ([...marks].some((mark) => mark.textContent.toLowerCase().startsWith(word)))
        requestAnimationFrame(() => resolve(performance.now() - typedAt));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, { once: true });
})`;

export interface WindowLoad {
  /** Navigation → the first frame that shows the library's rows. */
  shownMs: number;
  /** Navigation → the first idle moment after that: the window answers a key at once. */
  readyMs: number;
}

/**
 * Opens the window in a fresh browser context (a new profile: nothing
 * cached) and times it until the library is on screen and the page is idle.
 */
export async function loadWindow(
  browser: Browser,
  url: string,
): Promise<{ page: Page; load: WindowLoad }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.addInitScript(`(${LOAD_PROBE})(${JSON.stringify(ROWS)})`);
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => {
      const probe = (window as unknown as { __windowLoad: Partial<WindowLoad> }).__windowLoad;
      return probe.readyMs !== undefined ? probe : undefined;
    },
    undefined,
    { polling: 100 },
  );
  const load = (await handle.jsonValue()) as WindowLoad;
  return { page, load: { shownMs: Math.round(load.shownMs), readyMs: Math.round(load.readyMs) } };
}

/** Titles of the talks the sidebar shows on screen now. */
export async function visibleTalks(page: Page): Promise<string[]> {
  return page.$$eval(TALK_ROWS, (rows) =>
    rows
      .filter((row) => {
        const box = row.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      })
      .map((row) => row.querySelector('.entry-title')?.textContent ?? ''),
  );
}

/**
 * Clicks a talk in the sidebar and times it from the click's event to the
 * frame that shows its title in the header and its notes in the editor.
 */
export async function openTalk(page: Page, title: string): Promise<number> {
  // The listener is in place before the click (an evaluate not awaited may run after it).
  await page.evaluate(`void (${OPEN_PROBE})(${JSON.stringify(title)})`);
  await page.locator(TALK_ROWS).filter({ hasText: title }).first().click();
  return Math.round(await page.evaluate<number>('window.__probe'));
}

/**
 * Types one query (a word) into the search panel as one input event and
 * times it to the frame that paints its first result. Returns undefined when nothing came
 * within 10 s (a query that finds nothing is not a figure).
 */
export async function timeQuery(page: Page, query: string): Promise<number | undefined> {
  const box = page.getByRole('searchbox', { name: 'Search notes' });
  await box.fill('');
  await page.waitForFunction(() => !document.querySelector('#search-results [role="option"]'));
  await box.focus();
  await page.evaluate(`void (${QUERY_PROBE})(${JSON.stringify(query.toLowerCase())})`);
  await page.keyboard.insertText(query);
  const ms = await page.evaluate<number | undefined>('window.__probe');
  return ms === undefined ? undefined : Math.round(ms);
}

/** Elements in the sidebar, and in the whole document. */
export async function domNodes(page: Page): Promise<{ sidebar: number; document: number }> {
  return page.evaluate((nav: string) => {
    const sidebar = document.querySelector(nav);
    return {
      sidebar: sidebar ? sidebar.querySelectorAll('*').length + 1 : 0,
      document: document.querySelectorAll('*').length,
    };
  }, NAV);
}

/** The renderer's JavaScript heap after a full garbage collection, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round(usedSize / 1e5) / 10;
}

/** Nearest rank: the smallest sample with at least p % of the samples at or below it. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
