import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type Transport } from '../shared/ipc/buildApi';
import type { Envelope } from '../shared/ipc/define';

/**
 * The whole preload: one `window.api` built from the contract. The page never
 * sees ipcRenderer or an IPC event object, only call results and event payloads.
 * Bundled to CommonJS for the sandbox (build/buildElectron.ts).
 */
const ipcTransport: Transport = {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>,
  subscribe(channel, listener) {
    const relay = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, relay);
    return () => {
      ipcRenderer.removeListener(channel, relay);
    };
  },
};

contextBridge.exposeInMainWorld('api', buildApi(ipcTransport));
