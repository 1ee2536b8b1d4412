import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { callChannels } from '../../shared/ipc/buildApi';
import { channelName, type Envelope } from '../../shared/ipc/define';
import { MemorySettings } from '../../electron/core/settings';
import { createDispatcher } from '../../electron/handlers/dispatch';
import { createHandlers } from '../../electron/handlers/index';
import { createEmitter, createSenderCheck, registerIpc } from '../../electron/ipc';
import { openTempCore } from './coreFixture';

vi.mock('electron', () => import('./fakeElectron'));

type Handler = (event: unknown, input: unknown) => Promise<Envelope<unknown>>;
const APP_PAGE = 'confnotes-app://renderer/index.html';
const createConference = channelName('library', 'createConference');

let core: Awaited<ReturnType<typeof openTempCore>>;
const handlers = new Map<string, Handler>();
const contents = { id: 7 };
const refused: string[] = [];
let unregister: () => void;

beforeAll(async () => {
  core = await openTempCore();
  const dispatch = createDispatcher(
    createHandlers(core.services, {
      settings: new MemorySettings(),
      libraryPath: core.libraryRoot,
      assetUrl: 'confnotes-asset://library/',
      platform: 'linux',
      openExternal: async () => false,
      chooseLibrary: async () => {},
      rawPaths: 'refuse',
      chooseFiles: async () => null,
    }),
  );
  const ipcMain = {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  };
  unregister = registerIpc({
    ipcMain: ipcMain as unknown as IpcMain,
    dispatch,
    isTrustedSender: createSenderCheck(() => contents),
    onRefused: (channel) => refused.push(channel),
  });
});
afterAll(() => core.cleanup());

const event = (senderId: number, url: string | null, parent: object | null = null) =>
  ({
    sender: { id: senderId },
    senderFrame: url === null ? null : { url, parent },
  }) as unknown as IpcMainInvokeEvent;
const invoke = (channel: string, evt: unknown, input: unknown) =>
  handlers.get(channel)!(evt, input);
const folders = async () =>
  (await readdir(core.libraryRoot)).filter((name) => !name.startsWith('.'));

describe('registerIpc', () => {
  it('serves every call of the contract, and nothing else', () => {
    expect([...handlers.keys()].sort()).toEqual(
      callChannels()
        .map((c) => c.channel)
        .sort(),
    );
  });

  it('runs a call from the app window and writes the file', async () => {
    const result = await invoke(createConference, event(7, APP_PAGE), {
      meta: { title: 'All Day DevOps', starts: '2021-10-28' },
    });
    expect(result.ok).toBe(true);
    expect(await folders()).toEqual(['2021-all-day-devops']);
  });

  it.each([
    ['another webContents', event(8, APP_PAGE)],
    ['a subframe of the app window', event(7, APP_PAGE, { url: APP_PAGE })],
    ['the window after navigating to the web', event(7, 'https://evil.example/index.html')],
    ['a file:// page', event(7, 'file:///tmp/index.html')],
    ['a look-alike origin', event(7, 'confnotes-app://evil/index.html')],
    ['a destroyed frame', event(7, null)],
  ])('refuses %s before any core code runs', async (_name, evt) => {
    const before = await folders();
    const result = await invoke(createConference, evt, { meta: { title: 'Injected' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('forbidden');
    expect(await folders()).toEqual(before);
    expect(refused.at(-1)).toBe(createConference);
  });

  it.each([
    ['no input', undefined],
    ['a missing title', { meta: {} }],
    ['a wrong type', { meta: { title: 42 } }],
    ['a bad date', { meta: { title: 'X', starts: 'tomorrow' } }],
    ['a string', 'DROP TABLE'],
  ])('refuses %s from the app window with invalid-input', async (_name, input) => {
    const before = await folders();
    const result = await invoke(createConference, event(7, APP_PAGE), input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-input');
    expect(await folders()).toEqual(before);
  });

  it('refuses a path where an id belongs', async () => {
    const result = await invoke(channelName('library', 'readTalk'), event(7, APP_PAGE), {
      id: '../../etc/passwd',
    });
    expect(result.ok).toBe(false);
  });

  it('removes every handler when asked', () => {
    unregister();
    expect(handlers.size).toBe(0);
  });
});

describe('createEmitter', () => {
  it('sends to a live window only', () => {
    const sent: unknown[] = [];
    let destroyed = false;
    const emit = createEmitter(() => ({
      send: (...args: unknown[]) => sent.push(args),
      isDestroyed: () => destroyed,
    }));
    emit('confnotes:app.onMenuCommand', { command: 'new-talk' });
    destroyed = true;
    emit('confnotes:app.onMenuCommand', { command: 'search' });
    expect(sent).toEqual([['confnotes:app.onMenuCommand', { command: 'new-talk' }]]);
  });
});
