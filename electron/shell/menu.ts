import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/app';

/** A menu entry that the renderer carries out, with its shortcut. */
interface CommandItem {
  label: string;
  command: MenuCommand;
  /** None for a command used too seldom to deserve a key. */
  accelerator?: string;
}

// Shortcuts the editor uses itself (Ctrl+B/I/U/K/Z/Y, Ctrl+Shift+Z) are left
// alone: a menu accelerator would swallow the key before the page sees it.
export const COMMAND_ITEMS: Record<MenuCommand, CommandItem> = {
  'new-talk': { label: 'New Talk', command: 'new-talk', accelerator: 'CmdOrCtrl+N' },
  'new-conference': {
    label: 'New Conference',
    command: 'new-conference',
    accelerator: 'CmdOrCtrl+Shift+C',
  },
  'quick-switcher': {
    label: 'Go to Talk or Conference…',
    command: 'quick-switcher',
    accelerator: 'CmdOrCtrl+P',
  },
  search: { label: 'Search All Notes…', command: 'search', accelerator: 'CmdOrCtrl+Shift+F' },
  now: { label: 'Now: the Talk On Stage', command: 'now', accelerator: 'CmdOrCtrl+Shift+N' },
  'insert-time': {
    label: 'Insert Current Time',
    command: 'insert-time',
    accelerator: 'CmdOrCtrl+Shift+T',
  },
  export: { label: 'Export…', command: 'export', accelerator: 'CmdOrCtrl+Shift+E' },
  import: { label: 'Import…', command: 'import', accelerator: 'CmdOrCtrl+Shift+O' },
  preferences: { label: 'Preferences…', command: 'preferences', accelerator: 'CmdOrCtrl+,' },
  home: { label: 'Home', command: 'home', accelerator: 'CmdOrCtrl+Shift+H' },
  'talk-details': {
    label: 'Show or Hide Talk Details',
    command: 'talk-details',
    accelerator: 'CmdOrCtrl+Shift+J',
  },
  'distraction-free': {
    label: 'Distraction-Free Writing',
    command: 'distraction-free',
    accelerator: 'CmdOrCtrl+Shift+D',
  },
  history: {
    label: 'History of This Note…',
    command: 'history',
    accelerator: 'CmdOrCtrl+Shift+Y',
  },
  trash: { label: 'Trash…', command: 'trash' },
};

/**
 * The application menu. Commands go to the renderer (`app.onMenuCommand`);
 * editing, window and zoom entries use Electron's roles. Developer tools are
 * only offered in development builds.
 */
export function menuTemplate(options: {
  platform: NodeJS.Platform;
  appName: string;
  isPackaged: boolean;
  send: (command: MenuCommand) => void;
}): MenuItemConstructorOptions[] {
  const { platform, appName, isPackaged, send } = options;
  const item = (command: MenuCommand): MenuItemConstructorOptions => {
    const { label, accelerator } = COMMAND_ITEMS[command];
    return { label, accelerator, click: () => send(command) };
  };
  const mac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            item('preferences'),
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      item('new-talk'),
      item('new-conference'),
      { type: 'separator' },
      item('import'),
      item('export'),
      ...(mac
        ? [{ type: 'separator' } as const, { role: 'close' } as const]
        : [
            { type: 'separator' } as const,
            item('preferences'),
            { type: 'separator' } as const,
            { role: 'quit' } as const,
          ]),
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'selectAll' },
      { type: 'separator' },
      item('insert-time'),
    ],
  };
  const goMenu: MenuItemConstructorOptions = {
    label: '&Go',
    submenu: [
      item('home'),
      item('quick-switcher'),
      item('search'),
      item('now'),
      item('history'),
      { type: 'separator' },
      item('trash'),
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isPackaged ? [] : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const]),
      item('talk-details'),
      item('distraction-free'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };
  return [...appMenu, fileMenu, editMenu, goMenu, viewMenu, windowMenu];
}
