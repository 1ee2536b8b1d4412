import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** The editor's content, whose element is new for each note. */
export const notesBox = '[aria-label="Notes"]';

/**
 * Opens the note `rounds` times (from a short note each time), measured in the page from the
 * click: to the first frame that holds the note's last words (`content`, before that frame's
 * style and layout), and to the end of that frame's work on the main thread (`painted`).
 */
export async function openTimes(page: Page, title: string, lastWord: string, rounds: number) {
  const nav = page.getByRole('navigation', { name: 'Library' });
  const times: Array<{ content: number; painted: number }> = [];
  for (let round = 0; round < rounds; round++) {
    await nav.getByRole('treeitem', { name: /Small note/ }).click();
    await page.waitForFunction(
      (box) => document.querySelector(box)?.textContent?.includes('Short.'),
      notesBox,
    );
    await page.evaluate(
      ([box, word]) => {
        const state = window as unknown as {
          opened?: Promise<{ content: number; painted: number }>;
        };
        // (No named functions in here: tsx would wrap them in a helper the page does not have.)
        state.opened = new Promise((resolve) => {
          document.addEventListener(
            'click',
            (event) =>
              void (async () => {
                // The editor's element is new for each note: looked up on every frame.
                while (
                  !(document.querySelector(box)?.lastElementChild?.textContent ?? '').includes(word)
                )
                  await new Promise((frame) => requestAnimationFrame(frame));
                // In the frame's animation callbacks: its style, layout and paint come next.
                const content = performance.now() - event.timeStamp;
                setTimeout(
                  () => resolve({ content, painted: performance.now() - event.timeStamp }),
                  0,
                );
              })(),
            { capture: true, once: true },
          );
        });
      },
      [notesBox, lastWord] as const,
    );
    await nav.getByRole('treeitem', { name: new RegExp(title) }).click();
    times.push(
      await page.evaluate(
        () =>
          (window as unknown as { opened: Promise<{ content: number; painted: number }> }).opened,
      ),
    );
  }
  return times;
}

/** One key, then a pause; from the key to the file containing it. */
export async function diskTimes(page: Page, file: string): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    const marker = `zq${round}x`;
    const started = performance.now();
    await page.keyboard.type(marker);
    while (!(await readFile(file, 'utf8')).includes(marker))
      await new Promise((resolve) => setTimeout(resolve, 5));
    times.push(performance.now() - started);
    await page.waitForTimeout(300);
  }
  return times;
}
