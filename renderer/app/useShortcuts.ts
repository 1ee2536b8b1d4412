import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/ipc/app';
import { api } from '../api';

/** Keyboard shortcuts, the same commands the app's menus send. */
const SHORTCUTS: Array<{ key: string; shift: boolean; command: MenuCommand }> = [
  { key: 'n', shift: false, command: 'new-talk' },
  { key: 'p', shift: false, command: 'quick-switcher' },
  { key: 'f', shift: true, command: 'search' },
  { key: 'n', shift: true, command: 'now' },
  { key: 'e', shift: true, command: 'export' },
  { key: 'i', shift: true, command: 'import' },
  { key: ',', shift: false, command: 'preferences' },
  { key: 't', shift: true, command: 'insert-time' },
  { key: 'h', shift: true, command: 'history' },
];

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
  useEffect(() => {
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
