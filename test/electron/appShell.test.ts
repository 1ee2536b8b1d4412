import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { callChannels } from '../../shared/ipc/buildApi';
import { channelName } from '../../shared/ipc/define';
import type { CoreServices } from '../../electron/core/services';
import { MemorySettings } from '../../electron/core/settings';
import { APP_INDEX_URL, ASSET_URL_PREFIX } from '../../electron/shell/protocols';
import * as electron from './fakeElectron';
import { bootShell, fromWindow, invokeHandler, type BootedShell } from './shellFixture';

vi.mock('electron', () => import('./fakeElectron'));

/**
 * The whole shell wired by startShell, with Electron stubbed at its boundary
 * and the real core over a temp library: what the app does at start-up.
 */
let shell: BootedShell;
let services: CoreServices;
const settings = new MemorySettings({ theme: 'dark' });
let win: electron.BrowserWindow;

beforeAll(async () => {
  shell = await bootShell('appshell', settings);
  services = shell.services();
  win = electron.BrowserWindow.all[0]!;
});
// The last test quits the app, which closes the core services.
afterAll(() => shell.cleanup());

const fromApp = (w: electron.BrowserWindow = win) => fromWindow(w);
const invoke = (domain: string, member: string, input: unknown, event: unknown = fromApp()) =>
  invokeHandler(domain, member, input, event);
const value = async (domain: string, member: string, input: unknown = {}) => {
  const envelope = await invoke(domain, member, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
};

describe('startShell', () => {
  it('opens one window, locked down, on the app protocol', () => {
    expect(electron.BrowserWindow.all).toHaveLength(1);
    expect(win.options['webPreferences']).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(win.loadURL).toHaveBeenCalledWith(APP_INDEX_URL);
  });

  it('keeps the window from navigating or opening windows; links go through the checked opener', async () => {
    const navigation = electron.fakeEvent();
    win.webContents.emit('will-navigate', navigation, 'javascript:alert(1)');
    expect(navigation.defaultPrevented).toBe(true);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/slides' })).toEqual({
      action: 'deny',
    });
    const webview = electron.fakeEvent();
    win.webContents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    await vi.waitFor(() =>
      expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/slides'),
    );
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies permissions and sends the CSP on every response', () => {
    const { handlers, webRequest } = electron.session.defaultSession;
    const callback = vi.fn();
    handlers['permissionRequest'](win.webContents, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(handlers['permissionCheck'](win.webContents, 'notifications', APP_INDEX_URL, {})).toBe(
      false,
    );
    const headers = vi.fn();
    webRequest.headersHandler!({ responseHeaders: {} }, headers);
    expect(headers).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('serves the renderer and library images through its own protocols', async () => {
    const page = await electron.protocol.handlers.get('confnotes-app')!(new Request(APP_INDEX_URL));
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const conference = await services.library.createConference({
      title: 'KubeCon',
      starts: '2024-03-19',
    });
    const talk = await services.library.createTalk(conference.id, { title: 'eBPF' });
    const { src } = await services.library.saveAsset(talk.id, 'slide.gif', Buffer.from('GIF89a'));
    const image = await electron.protocol.handlers.get('confnotes-asset')!(
      new Request(`${ASSET_URL_PREFIX}${talk.id}/${encodeURIComponent(src)}`),
    );
    expect(image.status).toBe(200);
    const escape = await electron.protocol.handlers.get('confnotes-asset')!(
      new Request(
        `${ASSET_URL_PREFIX}${talk.id}/${encodeURIComponent('../../../../../etc/passwd')}`,
      ),
    );
    expect(escape.status).toBeGreaterThanOrEqual(400);
  });

  it('applies the saved theme and serves the contract to the app window only', async () => {
    expect(electron.nativeTheme.themeSource).toBe('dark');
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(
      callChannels()
        .map((c) => c.channel)
        .sort(),
    );
    expect(await value('app', 'info')).toMatchObject({
      libraryPath: path.join(shell.base, 'library'),
      assetUrl: ASSET_URL_PREFIX,
    });
    await value('app', 'setTheme', { theme: 'light' });
    expect(electron.nativeTheme.themeSource).toBe('light');
    const foreign = await invoke(
      'library',
      'list',
      {},
      { sender: { id: 9999 }, senderFrame: { url: APP_INDEX_URL, parent: null } },
    );
    expect(foreign.ok).toBe(false);
  });

  it('sends menu commands to the window', () => {
    const menu = electron.Menu.applicationMenu as {
      template: Array<{ submenu?: Array<{ label?: string; click?: () => void }> }>;
    };
    const newTalk = menu.template
      .flatMap((m) => m.submenu ?? [])
      .find((i) => i.label === 'New Talk');
    newTalk!.click!();
    expect(win.webContents.sent.at(-1)).toEqual({
      channel: channelName('app', 'onMenuCommand'),
      payload: { command: 'new-talk' },
    });
  });

  /** The next message main sends the window on `channel`. */
  const nextSent = (channel: string) =>
    new Promise<unknown>((resolve) => {
      const listener = (sent: string, payload: unknown) => {
        if (sent !== channel) return;
        win.webContents.off('sent', listener);
        resolve(payload);
      };
      win.webContents.on('sent', listener);
    });
  const flushRequest = () =>
    nextSent(channelName('app', 'onFlushRequest')) as Promise<{ requestId: string }>;

  it('switches to another library folder chosen in Preferences once the window saved its note', async () => {
    const first = services.library.root;
    const [talk] = (await services.library.list()).conferences.flatMap((c) => c.talks);
    const other = path.join(shell.base, 'other-library');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [other] });
    const asked = flushRequest();
    const choosing = value('app', 'chooseLibrary');
    const { requestId } = await asked;
    // Until the window answers, its last save reaches the library the note is in.
    const doc = (await value('library', 'readTalk', { id: talk.id })) as { revision: string };
    await value('library', 'updateTalk', {
      id: talk.id,
      baseRevision: doc.revision,
      body: 'Typed just before switching.',
    });
    await value('app', 'flushed', { requestId });
    expect(await choosing).toMatchObject({ libraryPath: other });
    expect(settings.get('libraryPath')).toBe(other);
    expect(await value('library', 'list')).toMatchObject({ root: other, conferences: [] });
    expect(await readFile(path.join(first, talk.path), 'utf8')).toContain(
      'Typed just before switching.',
    );
  });

  it('keeps the library when the window could not save its note', async () => {
    const other = path.join(shell.base, 'other-library');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [path.join(shell.base, 'third-library')],
    });
    const asked = flushRequest();
    const choosing = invoke('app', 'chooseLibrary', {});
    await value('app', 'flushed', { requestId: (await asked).requestId, saved: false });
    expect(await choosing).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/could not be saved/) },
    });
    expect(await value('app', 'info')).toMatchObject({ libraryPath: other });
    expect(settings.get('libraryPath')).toBe(other);
  });

  it('asks the editor to save before the window closes, and closes once it answered', async () => {
    win.close();
    expect(win.destroyed).toBe(false);
    const request = win.webContents.sent.findLast(
      (m) => m.channel === channelName('app', 'onFlushRequest'),
    );
    const { requestId } = request!.payload as { requestId: string };
    await value('app', 'flushed', { requestId });
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
  });

  it('on SIGTERM, asks a new window to save, then quits', async () => {
    electron.app.emit('activate');
    const next = electron.BrowserWindow.all[1];
    await next.loadURL(APP_INDEX_URL);
    shell.signals.emit('SIGTERM');
    expect(electron.app.quit).not.toHaveBeenCalled();
    const request = next.webContents.sent.find(
      (m) => m.channel === channelName('app', 'onFlushRequest'),
    );
    const envelope = await invoke('app', 'flushed', request!.payload, fromApp(next));
    expect(envelope.ok).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  });

  it('closes the core services before the process exits', async () => {
    electron.app.quit.mockClear();
    const event = electron.fakeEvent();
    electron.app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(true);
    // Closing waits for the search worker, which may be building its index.
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled(), { timeout: 15_000 });
    const again = electron.fakeEvent();
    electron.app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });
});
