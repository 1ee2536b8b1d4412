import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { channelName, type Envelope } from '../../shared/ipc/define';
import { createCoreServices, type CoreServices } from '../../electron/core/services';
import { MemorySettings } from '../../electron/core/settings';
import { startShell } from '../../electron/shell/appShell';
import * as electron from './fakeElectron';

/**
 * The whole shell wired by startShell, as the app starts it, with Electron
 * stubbed at its boundary (the calling test file mocks 'electron' with
 * fakeElectron) and the real core over a temp library.
 */
export interface BootedShell {
  base: string;
  /** The process signals the shell listens to (SIGTERM). */
  signals: EventEmitter;
  services: () => CoreServices;
  /** Removes the temp folders; `closeServices` first when the test did not quit the app. */
  cleanup: (options?: { closeServices?: boolean }) => Promise<void>;
}

export async function bootShell(
  name: string,
  settings = new MemorySettings(),
): Promise<BootedShell> {
  const base = await mkdtemp(path.join(os.tmpdir(), `confnotes-${name}-`));
  const rendererDir = path.join(base, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Confnotes</title>');
  const signals = new EventEmitter();
  let services: CoreServices | undefined;
  await startShell({
    libraryRoot: path.join(base, 'library'),
    dataDir: path.join(base, 'data'),
    settings,
    rendererDir,
    preloadPath: '/app/dist-electron/preload.cjs',
    createServices: async (options) => (services = await createCoreServices(options)),
    signals,
  });
  const started = () => {
    if (!services) throw new Error('startShell did not create the core services');
    return services;
  };
  return {
    base,
    signals,
    services: started,
    cleanup: async ({ closeServices = false } = {}) => {
      if (closeServices) await started().close();
      await rm(base, { recursive: true, force: true });
    },
  };
}

/** The IPC event of a call from `win`'s own main frame: what main accepts. */
export const fromWindow = (win: electron.BrowserWindow) => ({
  sender: win.webContents,
  senderFrame: win.webContents.mainFrame,
});

/** Calls the main-process handler of `domain.member` through the real IPC registration. */
export async function invokeHandler(
  domain: string,
  member: string,
  input: unknown,
  event: unknown,
): Promise<Envelope<unknown>> {
  const handler = electron.ipcMain.handlers.get(channelName(domain, member)) as (
    event: unknown,
    input: unknown,
  ) => Promise<Envelope<unknown>>;
  return handler(event, input);
}
