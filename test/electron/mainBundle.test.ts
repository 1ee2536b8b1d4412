import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelName, type Envelope } from '../../shared/ipc/define';
import { electronBuilds } from '../../build/electronBuilds';
import { APP_INDEX_URL } from '../../electron/shell/protocols';
import * as electron from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

/**
 * The bundle `npm run build:electron` makes, loaded the way Electron loads
 * it (an ES module importing 'electron'), with Electron stubbed: it must
 * start, find its preload and renderer, keep settings in userData and open
 * the library from CONFNOTES_LIBRARY.
 */
const root = path.resolve(import.meta.dirname, '../..');
const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
const listenersBefore = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
let base: string;
let outdir: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'confnotes-bundle-'));
  // Inside the project so the test runner treats the bundle as source and stubs its 'electron'.
  outdir = path.join(root, '.tmp', `main-bundle-${process.pid}`);
  const main = electronBuilds(root, outdir).find((b) => b.name === 'main')!;
  await build({ ...main.options, sourcemap: false, logLevel: 'error' });
  const appPath = path.join(base, 'app');
  await mkdir(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  await writeFile(
    path.join(appPath, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>built</title>',
  );
  electron.app.getPath.mockImplementation((name: string) => path.join(base, name));
  electron.app.getAppPath.mockReturnValue(appPath);
  electron.app.whenReady.mockResolvedValueOnce(undefined);
  vi.stubEnv('CONFNOTES_LIBRARY', path.join(base, 'Library From Env'));
  await import(pathToFileURL(main.options.outfile).href);
  await vi.waitFor(() => expect(electron.BrowserWindow.all).toHaveLength(1), { timeout: 20_000 });
}, 60_000);

afterAll(async () => {
  // main.ts listens for termination signals on the real process; leave the test runner's own.
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!listenersBefore.get(signal)!.has(listener)) process.off(signal, listener);
    }
  }
  vi.unstubAllEnvs();
  await rm(outdir, { recursive: true, force: true });
  await rm(base, { recursive: true, force: true });
});

describe('dist-electron/main.js', () => {
  it('registers its schemes before ready and takes the single-instance lock', () => {
    const schemes = electron.protocol.registerSchemesAsPrivileged.mock.calls[0][0] as Array<{
      scheme: string;
      privileges: Record<string, boolean>;
    }>;
    expect(schemes.map((s) => s.scheme).sort()).toEqual(['confnotes-app', 'confnotes-asset']);
    expect(schemes.every((s) => s.privileges['secure'] && !s.privileges['bypassCSP'])).toBe(true);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('opens the locked-down window with the preload beside it and the app page', () => {
    const win = electron.BrowserWindow.all[0];
    expect(win.options['webPreferences']).toMatchObject({
      preload: path.join(outdir, 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(win.loadURL).toHaveBeenCalledWith(APP_INDEX_URL);
  });

  it('serves the built renderer from the app path', async () => {
    const page = await electron.protocol.handlers.get('confnotes-app')!(new Request(APP_INDEX_URL));
    expect(await page.text()).toContain('built');
  });

  it('opens the library from CONFNOTES_LIBRARY and keeps settings in userData', async () => {
    const win = electron.BrowserWindow.all[0];
    const info = (await electron.ipcMain.handlers.get(channelName('app', 'info'))!(
      { sender: win.webContents, senderFrame: win.webContents.mainFrame },
      {},
    )) as Envelope<{ libraryPath: string }>;
    expect(info).toMatchObject({
      ok: true,
      value: { libraryPath: path.join(base, 'Library From Env') },
    });
    await electron.ipcMain.handlers.get(channelName('app', 'setTheme'))!(
      { sender: win.webContents, senderFrame: win.webContents.mainFrame },
      { theme: 'dark' },
    );
    const saved = JSON.parse(
      await readFile(path.join(base, 'userData', 'settings.json'), 'utf8'),
    ) as { theme: string };
    expect(saved.theme).toBe('dark');
  });
});
