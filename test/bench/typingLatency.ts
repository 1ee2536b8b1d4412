import type { Page } from 'playwright-core';

export interface TypingFigures {
  /** keydown → next paint, p95 (Event Timing; keys under 16 ms count as 16, an upper bound). */
  p95: number;
  over16: number;
  /** p95 ≤ 16 needs fewer than 5 % of keys here (Event Timing rounds to 8 ms). */
  atLeast24: number;
  probeP50: number;
  probeP95: number;
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

const round = (n: number) => Math.round(n * 10) / 10;

/** What a stretch of typing saw: Event Timing's keydowns over 16 ms, and the rAF probe per key. */
interface Observed {
  keys: number;
  slowEvents: number[];
  probe: number[];
}

/**
 * Types `keyCount` keys into `selector` (caret at its end when `toEnd`) and
 * returns keydown → next paint as Event Timing reports it (only entries over
 * 16 ms exist) and a rAF probe as a cross check. Each call observes afresh.
 */
async function typeAndObserve(
  page: Page,
  selector: string,
  keyCount: number,
  toEnd: boolean,
): Promise<Observed> {
  // Placing the caret is not typing: it happens before anything is measured.
  await page.locator(selector).focus();
  if (toEnd) await page.keyboard.press('Control+End');
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const state = window as unknown as {
      slowEvents: number[];
      probe: number[];
      observer?: PerformanceObserver;
      stopProbe?: AbortController;
    };
    // A page measured twice: the last round's observer and probe stop here.
    state.observer?.disconnect();
    state.stopProbe?.abort();
    state.stopProbe = new AbortController();
    state.slowEvents = [];
    state.probe = [];
    state.observer = new PerformanceObserver((list) => {
      // keydown's duration runs from the key to the next paint after its handlers (and the input they cause).
      for (const entry of list.getEntries())
        if (entry.name === 'keydown') state.slowEvents.push(entry.duration);
    });
    state.observer.observe({
      type: 'event',
      durationThreshold: 16,
      buffered: false,
    } as PerformanceObserverInit);
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() =>
          setTimeout(() => state.probe.push(performance.now() - start), 0),
        );
      },
      { capture: true, signal: state.stopProbe.signal },
    );
  });
  for (let i = 0; i < keyCount; i++)
    await page.keyboard.type(i % 7 === 6 ? ' ' : 'abcdefg'[i % 7], { delay: 30 });
  await page.waitForTimeout(1500);
  const { slowEvents, probe } = await page.evaluate(() => {
    const state = window as unknown as { slowEvents: number[]; probe: number[] };
    return { slowEvents: state.slowEvents, probe: state.probe };
  });
  return { keys: keyCount, slowEvents, probe };
}

function figuresOf({ keys, slowEvents, probe }: Observed): TypingFigures {
  const eventTiming = [
    ...slowEvents,
    ...Array<number>(Math.max(0, keys - slowEvents.length)).fill(16),
  ];
  return {
    p95: round(percentile(eventTiming, 95)),
    over16: slowEvents.length,
    atLeast24: slowEvents.filter((duration) => duration >= 24).length,
    probeP50: round(percentile(probe, 50)),
    probeP95: round(percentile(probe, 95)),
  };
}

/** Types `keyCount` keys into `selector` and returns what they took (see typeAndObserve). */
async function measureTyping(
  page: Page,
  selector: string,
  keyCount: number,
  toEnd: boolean,
): Promise<TypingFigures> {
  return figuresOf(await typeAndObserve(page, selector, keyCount, toEnd));
}

export type FloorName = 'emptyTextarea' | 'noteTextarea' | 'noteContentEditable';

interface FloorPage {
  content: string;
  selector: string;
  toEnd: boolean;
}

/**
 * The same keys on blank pages of this same browser, no app and no script:
 * an empty <textarea>, a <textarea> holding the note's text, and a plain
 * contenteditable holding a copy of the editor's DOM and styles. They are
 * the floor headless, GPU-less Chromium on this machine puts under any
 * editor of this note. The editor types before and after them, so that a
 * change in the machine's load during the run shows.
 *
 * A fresh page's first second of typing is not counted: Event Timing gives
 * its first keys there ~1 s each (its frames wait; the main thread does
 * not), and once counted that made the floor look three times slower.
 */
export async function typingAgainstFloors(
  page: Page,
  editorSelector: string,
  keyCount: number,
): Promise<{ editor: [TypingFigures, TypingFigures]; floors: Record<FloorName, TypingFigures> }> {
  const first = await measureTyping(page, editorSelector, keyCount, true);
  const { html, text, css } = await page.evaluate((selector) => {
    const editor = document.querySelector(selector) as HTMLElement;
    const rules = [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules].map((rule) => rule.cssText),
    );
    return { html: editor.innerHTML, text: editor.innerText, css: rules.join('\n') };
  }, editorSelector);
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const floorPages: Record<FloorName, FloorPage> = {
    emptyTextarea: {
      content: '<textarea aria-label="Baseline"></textarea>',
      selector: 'textarea',
      toEnd: false,
    },
    noteTextarea: {
      content: `<textarea style="width:800px;height:600px">${escaped}</textarea>`,
      selector: 'textarea',
      toEnd: true,
    },
    noteContentEditable: {
      content:
        `<style>${css}</style><div class="cn-editor" style="height:100vh"><div class="cn-scroller">` +
        `<div class="cn-content" contenteditable="true">${html}</div></div></div>`,
      selector: '.cn-content',
      toEnd: true,
    },
  };
  const floors: Partial<Record<FloorName, TypingFigures>> = {};
  for (const [name, floor] of Object.entries(floorPages) as Array<[FloorName, FloorPage]>) {
    const blank = await page.context().newPage();
    try {
      await blank.setContent(floor.content);
      await typeAndObserve(blank, floor.selector, WARM_UP_KEYS, floor.toEnd);
      floors[name] = await measureTyping(blank, floor.selector, keyCount, floor.toEnd);
    } finally {
      await blank.close();
    }
  }
  const again = await measureTyping(page, editorSelector, keyCount, true);
  return { editor: [first, again], floors: floors as Record<FloorName, TypingFigures> };
}

/** Keys typed into a fresh page before its figures count (see typingAgainstFloors). */
const WARM_UP_KEYS = 40;
