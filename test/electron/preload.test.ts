import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contract, type ConfnotesApi } from '../../shared/ipc/contract';
import { channelName } from '../../shared/ipc/define';
import { contextBridge, ipcRenderer } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let api: ConfnotesApi;

beforeAll(async () => {
  await import('../../electron/preload');
  api = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0][1] as ConfnotesApi;
});

describe('the preload', () => {
  it('exposes one object, window.api, with exactly the contract', () => {
    const names: unknown[] = vi
      .mocked(contextBridge.exposeInMainWorld)
      .mock.calls.map((call): unknown => call[0]);
    expect(names).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    for (const [domain, spec] of Object.entries(contract)) {
      expect(Object.keys(api[domain as keyof ConfnotesApi]).sort(), domain).toEqual(
        Object.keys(spec).sort(),
      );
    }
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send|require/i);
  });

  it('turns a call into one invoke on its channel and unwraps the result', async () => {
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce({
      ok: true,
      value: { hits: [], total: 0 },
    });
    await expect(api.search.query({ query: 'chaos' })).resolves.toEqual({ hits: [], total: 0 });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channelName('search', 'query'), {
      query: 'chaos',
    });
  });

  it('throws the error main sent back', async () => {
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce({
      ok: false,
      error: { code: 'forbidden', message: 'Refused: not the app window.' },
    });
    await expect(api.library.list({})).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('gives listeners the payload, never the IPC event, and unsubscribes', () => {
    const seen: unknown[] = [];
    const stop = api.app.onMenuCommand((payload) => seen.push(payload));
    const channel = channelName('app', 'onMenuCommand');
    const ipcEvent = { sender: ipcRenderer, senderFrame: {} };
    ipcRenderer.emit(channel, ipcEvent, { command: 'new-talk' });
    stop();
    ipcRenderer.emit(channel, ipcEvent, { command: 'search' });
    expect(seen).toEqual([{ command: 'new-talk' }]);
    expect(ipcRenderer.listenerCount(channel)).toBe(0);
  });
});
