import { BrowserWindow, app, powerMonitor } from 'electron';
import type { ShutdownGuard } from './flush';

/**
 * Every way the app can end waits for the editor to save first: the last
 * window closing (mainWindow.ts), Quit from the menu or the dock, SIGTERM or
 * Ctrl+C from a terminal, and an OS shutdown or log-off. Then the core
 * services close (watchers stopped, index written) before the process exits.
 */
/** Where termination signals arrive (the process, in the app). */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
}

export function watchLifecycle(options: {
  signals: SignalSource;
  guard: ShutdownGuard;
  closeServices: () => Promise<void>;
  openWindow: () => void;
  window: () => BrowserWindow | undefined;
}): void {
  const { guard } = options;
  const quit = () => app.quit();

  app.on('second-instance', () => {
    const win = options.window();
    if (!win || win.isDestroyed()) return options.openWindow();
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) options.openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') quit();
  });

  app.on('before-quit', (event) => {
    guard.hold(event, quit);
  });
  const fromSignal = () => {
    if (!guard.hold({ preventDefault: () => {} }, quit)) quit();
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const)
    options.signals.on(signal, fromSignal);
  // macOS and Linux shutdown; Windows goes through the window's query-session-end.
  // Electron passes an event whose preventDefault delays the shutdown (see its
  // docs for powerMonitor 'shutdown'); the type declarations leave it out.
  const onShutdown = (event?: { preventDefault(): void }) => {
    if (!guard.hold(event ?? { preventDefault: () => {} }, quit)) quit();
  };
  powerMonitor.on('shutdown', onShutdown);

  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void options
      .closeServices()
      .catch(() => {})
      .finally(() => {
        closed = true;
        quit();
      });
  });
}
