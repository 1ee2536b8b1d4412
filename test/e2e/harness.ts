import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  startPreviewServer,
  type PreviewOptions,
  type PreviewServer,
} from '../../electron/preview/previewServer';

/** Debian's Chromium; `.ci/run` installs it when missing. */
const CHROMIUM = process.env.CONFNOTES_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const DIST = new URL('../../dist/renderer/index.html', import.meta.url);

export interface AppUnderTest {
  page: Page;
  browser: Browser;
  preview: PreviewServer;
  libraryRoot: string;
  /** Messages the page logged as errors, and uncaught exceptions: a test may assert there are none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the flags every e2e test and the editor benchmark use. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: apt-get install -y chromium (or set CONFNOTES_CHROMIUM).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A real preview server on a fresh temporary library, and Chromium on its
 * URL: the renderer, the bridge, the handlers and the files are all real.
 */
export async function startApp(
  options: Pick<PreviewOptions, 'history' | 'chooseLibrary'> & { libraryRoot?: string } = {},
): Promise<AppUnderTest> {
  if (!existsSync(DIST))
    throw new Error('dist/renderer is missing: run `npm run build:renderer` first.');
  const scratch = await mkdtemp(join(tmpdir(), 'confnotes-e2e-'));
  const libraryRoot = options.libraryRoot ?? join(scratch, 'library');
  const preview = await startPreviewServer({
    libraryRoot,
    dataDir: join(scratch, 'data'),
    log: () => {},
    history: options.history,
    chooseLibrary: options.chooseLibrary,
  });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.origin });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await slowDown(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(preview.url);
  await waitForWindow(page);
  return {
    page,
    browser,
    preview,
    libraryRoot,
    pageErrors,
    async close() {
      await browser.close();
      await preview.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

/**
 * CONFNOTES_E2E_CPU_SLOWDOWN=4 runs the window's CPU four times slower (Chromium's
 * own throttling): for hunting races that only a loaded machine shows. Off in CI.
 */
async function slowDown(page: Page): Promise<void> {
  const rate = Number(process.env.CONFNOTES_E2E_CPU_SLOWDOWN ?? 1);
  if (!(rate > 1)) return;
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Waits until the window is up as a person first sees it: the home view or
 * the welcome, which show once the app's settings and library have come from
 * main, so its keyboard shortcuts are listening too (a shortcut pressed before
 * that, on a loaded machine, went nowhere).
 */
async function waitForWindow(page: Page): Promise<void> {
  await page.locator('main.content > *').first().waitFor();
}

/** Waits until the save status says everything is on disk. */
export async function waitSaved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor({ timeout: 10_000 });
}

/** A library file's text. */
export function readLibraryFile(app: AppUnderTest, relative: string): Promise<string> {
  return readFile(join(app.libraryRoot, relative), 'utf8');
}
