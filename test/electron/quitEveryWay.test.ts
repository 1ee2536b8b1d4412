import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelName } from '../../shared/ipc/define';
import * as electron from './fakeElectron';
import { bootShell, fromWindow, invokeHandler, type BootedShell } from './shellFixture';

vi.mock('electron', () => import('./fakeElectron'));

/**
 * Quitting every way (issue 8): Quit from the menu or the dock
 * (`before-quit`), an OS shutdown (powerMonitor `shutdown`), a Windows
 * log-off (the window's `query-session-end`), besides the window close and
 * SIGTERM in appShell.test.ts. The real shell, wired by startShell: each
 * holds the app until the renderer answered the flush request (so the
 * editor's pending save is on disk), and a renderer that never answers, or
 * has crashed, cannot keep the app from quitting.
 */
let shell: BootedShell;
let win: electron.BrowserWindow;

beforeAll(async () => (shell = await bootShell('quit')));
afterAll(() => shell.cleanup({ closeServices: true }));

/** Each case starts from a fresh window (its flush not yet run), as after a restart. */
beforeEach(() => {
  for (const open of electron.BrowserWindow.getAllWindows()) open.destroy();
  electron.app.emit('activate');
  win = electron.BrowserWindow.getAllWindows()[0]!;
  electron.app.quit.mockClear();
});

const flushRequests = () =>
  win.webContents.sent.filter((m) => m.channel === channelName('app', 'onFlushRequest'));

/** The renderer's answer, through the real IPC handler, from the app's own frame. */
async function answerFlush(): Promise<void> {
  const [request] = flushRequests();
  const envelope = await invokeHandler('app', 'flushed', request.payload, fromWindow(win));
  expect(envelope.ok).toBe(true);
}

/** Lets pending promise callbacks run, so a quit that is not held back would have happened. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('quitting waits for the editor to save', () => {
  it('Quit from the menu or the dock (before-quit)', async () => {
    const event = electron.fakeEvent();
    electron.app.emit('before-quit', event);
    expect(event.defaultPrevented).toBe(true);
    expect(flushRequests()).toHaveLength(1);
    await settle();
    expect(electron.app.quit).not.toHaveBeenCalled();
    await answerFlush();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    // The repeated quit goes through: the flush has run.
    const again = electron.fakeEvent();
    electron.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
    expect(flushRequests()).toHaveLength(1);
  });

  it('an OS shutdown (powerMonitor shutdown), delayed until the answer', async () => {
    const event = electron.fakeEvent();
    electron.powerMonitor.emit('shutdown', event);
    expect(event.defaultPrevented).toBe(true);
    expect(flushRequests()).toHaveLength(1);
    await settle();
    expect(electron.app.quit).not.toHaveBeenCalled();
    await answerFlush();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
  });

  it('a Windows log-off (query-session-end): the window closes after the answer', async () => {
    const event = electron.fakeEvent();
    win.emit('query-session-end', event);
    expect(event.defaultPrevented).toBe(true);
    expect(flushRequests()).toHaveLength(1);
    await settle();
    expect(win.destroyed).toBe(false);
    await answerFlush();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
  });

  it('asks once when several ways arrive together (shutdown, then SIGTERM, then Quit)', async () => {
    electron.powerMonitor.emit('shutdown', electron.fakeEvent());
    shell.signals.emit('SIGTERM');
    electron.app.emit('before-quit', electron.fakeEvent());
    expect(flushRequests()).toHaveLength(1);
    await settle();
    expect(electron.app.quit).not.toHaveBeenCalled();
    await answerFlush();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  });

  it('a forged answer does not release the app', async () => {
    electron.app.emit('before-quit', electron.fakeEvent());
    await invokeHandler('app', 'flushed', { requestId: 'not-the-one' }, fromWindow(win));
    await settle();
    expect(electron.app.quit).not.toHaveBeenCalled();
    await answerFlush();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  });

  it('a renderer that never answers still lets the app quit after the timeout', async () => {
    const started = Date.now();
    electron.app.emit('before-quit', electron.fakeEvent());
    expect(flushRequests()).toHaveLength(1);
    await settle();
    expect(electron.app.quit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled(), { timeout: 10_000 });
    // Held for the flush timeout (2 s in appShell.ts), not forever and not skipped.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
  });

  it('a crashed renderer is not waited for', async () => {
    win.webContents.crashed = true;
    electron.app.emit('before-quit', electron.fakeEvent());
    expect(flushRequests()).toHaveLength(0);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled(), { timeout: 500 });
  });
});
