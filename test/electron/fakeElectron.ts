import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * Electron stubbed at its boundary, for `vi.mock('electron', () => import('./fakeElectron'))`.
 * Only what the shell calls, recording what it was given, so tests can
 * assert the real shell code configured Electron as it should.
 */

/** An Electron-style event: listeners cancel it with preventDefault. */
export function fakeEvent(): { preventDefault: () => void; defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  mainFrame: FakeFrame = { url: 'about:blank', parent: null };
  windowOpenHandler?: (details: { url: string }) => { action: string };
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  crashed = false;
  destroyed = false;
  readonly replaceMisspelling = vi.fn();
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
    this.emit('sent', channel, payload);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly all: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  maximized = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.all.filter((w) => !w.destroyed);
  }
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame = { url, parent: null };
  });
  /** Like Electron: 'close' may be cancelled; otherwise the window goes. */
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isDestroyed = () => this.destroyed;
  maximize = () => {
    this.maximized = true;
  };
  isMaximized = () => this.maximized;
  isMinimized = () => false;
  restore = vi.fn();
  focus = vi.fn();
  show = vi.fn();
  getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 });
}

export const app = Object.assign(new EventEmitter(), {
  name: 'Confnotes',
  isPackaged: true,
  quit: vi.fn(),
  exit: vi.fn(),
  getVersion: () => '0.0.0-test',
  getPath: vi.fn((name: string) => `/nonexistent/${name}`),
  getAppPath: vi.fn(() => '/nonexistent/app'),
  requestSingleInstanceLock: vi.fn(() => true),
  enableSandbox: vi.fn(),
  whenReady: vi.fn(() => new Promise<void>(() => {})),
});

type Handler = (...args: unknown[]) => unknown;

export const session = {
  defaultSession: {
    handlers: {} as Record<string, Handler>,
    setPermissionRequestHandler(handler: Handler) {
      this.handlers['permissionRequest'] = handler;
    },
    setPermissionCheckHandler(handler: Handler) {
      this.handlers['permissionCheck'] = handler;
    },
    setDevicePermissionHandler(handler: Handler) {
      this.handlers['devicePermission'] = handler;
    },
    webRequest: {
      headersHandler: undefined as Handler | undefined,
      onHeadersReceived(handler: Handler) {
        this.headersHandler = handler;
      },
    },
    setSpellCheckerEnabled: vi.fn(),
    addWordToSpellCheckerDictionary: vi.fn(() => true),
  },
};

export const protocol = {
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    if (this.handlers.has(scheme)) throw new Error(`${scheme} handled twice`);
    this.handlers.set(scheme, handler);
  },
  registerSchemesAsPrivileged: vi.fn(),
};

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler) {
    if (this.handlers.has(channel)) throw new Error(`${channel} handled twice`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
  // electron-store answers its renderer-side helper here; the app never uses it.
  on: vi.fn(),
};

export const Menu = {
  applicationMenu: undefined as unknown,
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template, popup: vi.fn() })),
  setApplicationMenu(menu: unknown) {
    this.applicationMenu = menu;
  },
};

export const nativeTheme = { themeSource: 'system', shouldUseDarkColors: false };
export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};
export const shell = {
  openExternal: vi.fn(async () => {}),
  showItemInFolder: vi.fn(),
};
export const dialog = {
  showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async () => ({ response: 1 })),
  showErrorBox: vi.fn(),
};
export const clipboard = { writeText: vi.fn(async () => {}) };
export const powerMonitor = new EventEmitter();

// The preload's side.
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({
    ok: true,
    value: null,
  })),
});

export default {
  app,
  BrowserWindow,
  session,
  protocol,
  ipcMain,
  Menu,
  nativeTheme,
  screen,
  shell,
  dialog,
  clipboard,
  powerMonitor,
  contextBridge,
  ipcRenderer,
};

/** safeStorage stand-in: "seals" by reversing and prefixing, so a test sees no clear text on disk. */
export const safeStorage = {
  available: true,
  isEncryptionAvailable(): boolean {
    return this.available;
  },
  encryptString(text: string): Buffer {
    return Buffer.from(`sealed:${[...text].reverse().join('')}`, 'utf8');
  },
  decryptString(sealed: Buffer): string {
    const text = sealed.toString('utf8');
    if (!text.startsWith('sealed:')) throw new Error('not sealed here');
    return [...text.slice('sealed:'.length)].reverse().join('');
  },
};
