import {
  BrowserWindow,
  Menu,
  clipboard,
  dialog,
  nativeTheme,
  screen,
  type Session,
} from 'electron';
import type { SettingsStore } from '../core/settings';
import { contextMenuTemplate } from './contextMenu';
import type { ShutdownGuard } from './flush';
import { APP_INDEX_URL } from './protocols';
import { secureWebPreferences } from './security';
import { initialWindowState, trackWindowState } from './windowState';

export interface MainWindowOptions {
  settings: SettingsStore;
  preloadPath: string;
  session: Pick<Session, 'addWordToSpellCheckerDictionary'>;
  guard: ShutdownGuard;
  openLink: (url: string) => Promise<boolean>;
}

/**
 * The one main window: restored to where it was, secure preferences, the
 * spelling context menu, a save-first close, and a way back after a crash.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { settings, preloadPath, guard, openLink } = options;
  const state = initialWindowState(
    settings.get('window'),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Confnotes',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: secureWebPreferences(preloadPath, settings.get('editor').spellcheck),
  });
  guard.reset();
  trackWindowState(win, settings);
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  // Closing asks the editor to save first; the guard repeats the close after.
  win.on('close', (event) => {
    guard.hold(event, () => {
      if (!win.isDestroyed()) win.close();
    });
  });
  // Windows log-off or shutdown: delay it until the editor has saved.
  win.on('query-session-end', (event) => {
    guard.hold(event, () => {
      if (!win.isDestroyed()) win.close();
    });
  });

  const contents = win.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => options.session.addWordToSpellCheckerDictionary(word),
      openLink: (url) => {
        void openLink(url);
      },
      copyText: (text) => {
        void clipboard.writeText(text);
      },
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    void dialog
      .showMessageBox(win, {
        type: 'warning',
        message: 'The editor stopped unexpectedly.',
        detail:
          'Everything saved before this moment is on disk. Reload to open your note again; the last second of typing may be missing.',
        buttons: ['Reload', 'Close Window'],
        defaultId: 0,
        cancelId: 1,
      })
      .then(({ response }) => {
        if (win.isDestroyed()) return;
        if (response === 0) void win.loadURL(APP_INDEX_URL);
        else win.destroy();
      });
  });
  void win.loadURL(APP_INDEX_URL);
  return win;
}
