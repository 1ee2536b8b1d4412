import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemorySettings } from '../../electron/core/settings';
import { ShutdownGuard } from '../../electron/shell/flush';
import { createMainWindow } from '../../electron/shell/mainWindow';
import { APP_INDEX_URL } from '../../electron/shell/protocols';
import * as electron from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

/**
 * The renderer dies while the user types (issue 8: `render-process-gone`):
 * the real main window offers Reload / Close, and Reload loads the app again,
 * which reopens the note from disk (the e2e crash test proves what is on
 * disk then). A renderer that exits cleanly is not a crash and asks nothing.
 */
function openWindow(): electron.BrowserWindow {
  createMainWindow({
    settings: new MemorySettings(),
    preloadPath: '/app/dist-electron/preload.cjs',
    session: electron.session.defaultSession,
    guard: new ShutdownGuard(async () => 'flushed'),
    openLink: async () => false,
  });
  const win = electron.BrowserWindow.all.at(-1)!;
  expect(win.loadURL).toHaveBeenCalledWith(APP_INDEX_URL);
  win.loadURL.mockClear();
  return win;
}

afterEach(() => {
  electron.dialog.showMessageBox.mockReset();
  electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
});

describe('a renderer crash while typing', () => {
  it('offers to reload, and reloading loads the app again', async () => {
    const win = openWindow();
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    win.webContents.emit('render-process-gone', electron.fakeEvent(), {
      reason: 'crashed',
      exitCode: 139,
    });
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const [parent, options] = electron.dialog.showMessageBox.mock.calls[0] as unknown as [
      unknown,
      { buttons: string[]; defaultId: number; detail: string },
    ];
    expect(parent).toBe(win);
    expect(options.buttons[options.defaultId]).toBe('Reload');
    expect(options.detail).toMatch(/saved .* on disk/);
    await vi.waitFor(() => expect(win.loadURL).toHaveBeenCalledWith(APP_INDEX_URL));
    expect(win.destroyed).toBe(false);
  });

  it.each(['oom', 'killed', 'launch-failed', 'abnormal-exit'])(
    'asks after %s too, and Close Window closes without reloading',
    async (reason) => {
      const win = openWindow();
      win.webContents.emit('render-process-gone', electron.fakeEvent(), { reason, exitCode: 1 });
      expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
      await vi.waitFor(() => expect(win.destroyed).toBe(true));
      expect(win.loadURL).not.toHaveBeenCalled();
    },
  );

  it('does not ask when the renderer exited cleanly', async () => {
    const win = openWindow();
    win.webContents.emit('render-process-gone', electron.fakeEvent(), {
      reason: 'clean-exit',
      exitCode: 0,
    });
    await Promise.resolve();
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(win.loadURL).not.toHaveBeenCalled();
    expect(win.destroyed).toBe(false);
  });

  it('does nothing to a window closed while the dialog was open', async () => {
    const win = openWindow();
    let answer!: (value: { response: number }) => void;
    electron.dialog.showMessageBox.mockReturnValueOnce(
      new Promise((resolve) => (answer = resolve)),
    );
    win.webContents.emit('render-process-gone', electron.fakeEvent(), { reason: 'crashed' });
    win.destroy();
    answer({ response: 0 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(win.loadURL).not.toHaveBeenCalled();
  });
});
