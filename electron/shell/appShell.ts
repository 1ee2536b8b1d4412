import type { BrowserWindow } from 'electron';
import {
  Menu,
  app,
  dialog,
  ipcMain,
  nativeTheme,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import type { MenuCommand } from '../../shared/ipc/app';
import { channelName } from '../../shared/ipc/define';
import { createDispatcher, type Dispatch } from '../handlers/dispatch';
import { forwardEvents } from '../handlers/events';
import { createHandlers, type HandlerHost } from '../handlers/index';
import type { CoreOptions, CoreServices } from '../core/services';
import type { SettingsStore } from '../core/settings';
import { createEmitter, createSenderCheck, registerIpc } from '../ipc';
import { createAppFileHandler } from './appFiles';
import { createAssetHandler } from './assetProtocol';
import { createFileChooser } from './fileDialogs';
import { FlushCoordinator, ShutdownGuard } from './flush';
import { watchLifecycle, type SignalSource } from './lifecycle';
import { createLinkOpener } from './linkOpener';
import { createMainWindow } from './mainWindow';
import { OpenLibrary } from './openLibrary';
import { menuTemplate } from './menu';
import { APP_SCHEME, ASSET_SCHEME, ASSET_URL_PREFIX } from './protocols';
import { hardenSession, hardenWebContents } from './security';
import { tokenVault } from './tokenVault';

export interface ShellOptions {
  /** The library folder to open (see libraryPath.ts). */
  libraryRoot: string;
  /** App data: settings, search index. Never inside the library. */
  dataDir: string;
  settings: SettingsStore;
  /** The built renderer (dist/renderer) and the bundled preload script. */
  rendererDir: string;
  preloadPath: string;
  createServices: (options: CoreOptions) => Promise<CoreServices>;
  /** Where termination signals arrive; the process itself unless a test says otherwise. */
  signals?: SignalSource;
}

/**
 * Wires the app once Electron is ready: lock-down first, then the protocols,
 * the core services behind IPC, the menu, and the window. Everything it needs
 * comes in through `options`; nothing here reads a path on its own.
 */
export async function startShell(
  options: ShellOptions,
): Promise<{ window: () => BrowserWindow | undefined }> {
  const { settings, dataDir } = options;
  const log = (message: string) => console.warn(`confnotes: ${message}`);
  const openLink = createLinkOpener(
    {
      openExternal: (url) => shell.openExternal(url),
      showItemInFolder: (p) => shell.showItemInFolder(p),
    },
    (url, reason) => log(`link refused (${reason}): ${url.slice(0, 200)}`),
  );
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openLink));

  // The app's own: the sync token sealed by safeStorage, a sync every ten minutes while a
  // remote is set, and a version of what changed while the app was closed.
  const coreOptions = (libraryRoot: string): CoreOptions => ({
    libraryRoot,
    dataDir,
    credentials: tokenVault(dataDir, safeStorage),
    history: { syncEveryMs: 10 * 60_000, reconcileOnOpen: true },
  });
  const firstServices = await options.createServices(coreOptions(options.libraryRoot));
  protocol.handle(APP_SCHEME, createAppFileHandler(options.rendererDir));
  protocol.handle(
    ASSET_SCHEME,
    createAssetHandler(() => opened.services.library),
  );
  nativeTheme.themeSource = settings.get('theme');

  let win: BrowserWindow | undefined;
  const liveContents = () => (win && !win.isDestroyed() ? win.webContents : undefined);
  const emit = createEmitter(liveContents);
  const flush = new FlushCoordinator((requestId) => {
    const contents = liveContents();
    if (!contents || contents.isCrashed()) return false;
    contents.send(channelName('app', 'onFlushRequest'), { requestId });
    return true;
  });
  const guard = new ShutdownGuard(() => flush.request());

  const host: HandlerHost = {
    settings,
    // The page names no path: import, schedule and export files come from these dialogs.
    rawPaths: 'refuse',
    chooseFiles: createFileChooser(dialog, () => win),
    get libraryPath() {
      return opened.services.library.root;
    },
    assetUrl: ASSET_URL_PREFIX,
    platform: process.platform,
    openExternal: openLink,
    chooseLibrary: async () => {
      const result = win
        ? await dialog.showOpenDialog(win, {
            title: 'Choose the library folder',
            defaultPath: opened.services.library.root,
            properties: ['openDirectory', 'createDirectory'],
          })
        : { canceled: true, filePaths: [] };
      const chosen = result.filePaths[0];
      if (result.canceled || !chosen) return;
      // The window saves its open note into the old library first (openLibrary.ts).
      if (await opened.switchTo(chosen)) settings.set('libraryPath', chosen);
    },
    applyTheme: (theme) => {
      nativeTheme.themeSource = theme;
    },
    applyEditorSettings: (editor) =>
      session.defaultSession.setSpellCheckerEnabled(editor.spellcheck),
    flushed: (requestId, saved) => flush.acknowledge(requestId, saved),
  };

  let current: Dispatch = () => Promise.reject(new Error('not connected'));
  const connect = (services: CoreServices) => {
    current = createDispatcher(createHandlers(services, host), (error, channel) =>
      log(
        `${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ),
    );
    const stopEvents = forwardEvents(services, emit);
    services.library
      .watch()
      .catch((error: unknown) => log(`cannot watch the library: ${String(error)}`));
    // Load (or build) the search index in its worker now, so the first search is instant.
    services.search.start().catch((error: unknown) => log(`cannot start search: ${String(error)}`));
    // Read the text of slide photos in the background (paused while the user types).
    services.slides.start().catch((error: unknown) => log(`cannot read slides: ${String(error)}`));
    return stopEvents;
  };
  const opened = new OpenLibrary(firstServices, {
    flush: () => flush.request(),
    open: (libraryRoot) => options.createServices(coreOptions(libraryRoot)),
    connect,
  });
  registerIpc({
    ipcMain,
    dispatch: (channel, input) => current(channel, input),
    isTrustedSender: createSenderCheck(liveContents),
    onRefused: (channel) => log(`refused ${channel} from a sender that is not the app window`),
  });

  const sendCommand = (command: MenuCommand) =>
    emit(channelName('app', 'onMenuCommand'), { command });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        appName: app.name,
        isPackaged: app.isPackaged,
        send: sendCommand,
      }),
    ),
  );

  const openWindow = () => {
    win = createMainWindow({
      settings,
      preloadPath: options.preloadPath,
      session: session.defaultSession,
      guard,
      openLink,
    });
  };
  openWindow();
  watchLifecycle({
    guard,
    closeServices: () => opened.services.close(),
    openWindow,
    window: () => win,
    signals: options.signals ?? process,
  });
  return { window: () => win };
}
