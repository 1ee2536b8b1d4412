import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/ipc/app';
import { api } from '../api';

/**
 * Keyboard shortcuts, the same commands the app's menus send (with the
 * same accelerators: electron/shell/menu.ts). A command's first entry is
 * the one shown in tooltips.
 */
const SHORTCUTS: Array<{ key: string; shift: boolean; command: MenuCommand }> = [
  { key: 'n', shift: false, command: 'new-talk' },
  { key: 'c', shift: true, command: 'new-conference' },
  { key: 'p', shift: false, command: 'quick-switcher' },
  { key: 'f', shift: true, command: 'search' },
  { key: 'n', shift: true, command: 'now' },
  { key: 'e', shift: true, command: 'export' },
  { key: 'o', shift: true, command: 'import' },
  { key: 'i', shift: true, command: 'import' },
  { key: ',', shift: false, command: 'preferences' },
  { key: 't', shift: true, command: 'insert-time' },
  { key: 'h', shift: true, command: 'home' },
  { key: 'j', shift: true, command: 'talk-details' },
  { key: 'd', shift: true, command: 'distraction-free' },
  { key: 'y', shift: true, command: 'history' },
];

const MAC = typeof navigator !== 'undefined' && /^Mac/.test(navigator.platform);

/** The command's shortcut as people read it (`Ctrl+Shift+F`, `⇧⌘F` on macOS), for tooltips. */
export function shortcutLabel(command: MenuCommand): string | undefined {
  const shortcut = SHORTCUTS.find((s) => s.command === command);
  if (!shortcut) return undefined;
  const key = shortcut.key.toUpperCase();
  if (MAC) return `${shortcut.shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${shortcut.shift ? 'Shift+' : ''}${key}`;
}

/** The same shortcut in `aria-keyshortcuts` form (`Control+Shift+F`). */
export function ariaShortcut(command: MenuCommand): string | undefined {
  const shortcut = SHORTCUTS.find((s) => s.command === command);
  if (!shortcut) return undefined;
  return `${MAC ? 'Meta' : 'Control'}+${shortcut.shift ? 'Shift+' : ''}${shortcut.key.toUpperCase()}`;
}

/** Matches a key event against the shortcuts (Ctrl on Linux and Windows, Cmd on macOS). */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): MenuCommand | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  return SHORTCUTS.find((s) => s.key === key && s.shift === event.shiftKey)?.command;
}

/**
 * Runs commands from the keyboard and from the app's menus (main sends them
 * as `app.onMenuCommand`). In the app the menu's accelerators fire first and
 * the key never reaches the page; in the preview the page handles the keys.
 */
export function useCommands(run: (command: MenuCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  // Listening from the commit that first shows the window (a layout effect): Chromium runs input
  // before the task a passive effect waits for, so a shortcut pressed as the window appears on a
  // busy machine went unheard.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey, true);
    const stop = api().app.onMenuCommand(({ command }) => latest.current(command));
    return () => {
      window.removeEventListener('keydown', onKey, true);
      stop();
    };
  }, []);
}
