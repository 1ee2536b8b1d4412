import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { callChannels } from '../shared/ipc/buildApi';
import type { Envelope } from '../shared/ipc/define';
import type { Dispatch } from './handlers/dispatch';
import type { Emit } from './handlers/events';
import { isAppUrl } from './shell/protocols';

/**
 * Maps the contract onto ipcMain. Every call is checked twice before any
 * core code runs: the sender must be the app's own window, top frame, showing
 * the app's own page (not a page it was tricked into loading), and the input
 * must pass the contract's zod schema (the dispatcher does that).
 */
export function registerIpc(options: {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  dispatch: Dispatch;
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  onRefused?: (channel: string) => void;
}): () => void {
  const { ipcMain, dispatch, isTrustedSender, onRefused = () => {} } = options;
  const channels = callChannels().map(({ channel }) => channel);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        onRefused(channel);
        return { ok: false, error: { code: 'forbidden', message: 'Refused: not the app window.' } };
      }
      return dispatch(channel, input);
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

/**
 * The sender check: the event comes from `getContents()` (the main window's
 * page), from its top frame, and that frame shows a page of the app's origin.
 */
export function createSenderCheck(
  getContents: () => Pick<WebContents, 'id'> | undefined,
): (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>) => boolean {
  return (event) => {
    const contents = getContents();
    const frame = event.senderFrame;
    if (!contents || !frame || event.sender.id !== contents.id) return false;
    if (frame.parent !== null) return false;
    return isAppUrl(frame.url);
  };
}

/** Sends contract events to the main window, if it is still there. */
export function createEmitter(
  getContents: () => Pick<WebContents, 'send' | 'isDestroyed'> | undefined,
): Emit {
  return (channel, payload) => {
    const contents = getContents();
    if (contents && !contents.isDestroyed()) contents.send(channel, payload);
  };
}
