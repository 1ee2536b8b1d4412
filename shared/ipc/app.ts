import { z } from 'zod';
import { call, event } from './define';

// Owned by the Electron shell work (issue 3): settings, links, menu commands.
export type ThemeSetting = 'system' | 'light' | 'dark';

export interface AppInfo {
  libraryPath: string;
  theme: ThemeSetting;
  platform: string;
}

/** Menu and shortcut commands main forwards to the renderer. */
export type MenuCommand =
  | 'new-talk'
  | 'new-conference'
  | 'quick-switcher'
  | 'search'
  | 'export'
  | 'import'
  | 'preferences'
  | 'now'
  | 'insert-time';

export const appContract = {
  info: call<AppInfo>()(z.object({})),
  setTheme: call<AppInfo>()(z.object({ theme: z.enum(['system', 'light', 'dark']) })),
  /** Opens http(s) and mailto links in the system browser; anything else is refused. */
  openExternal: call<{ opened: boolean }>()(z.object({ url: z.string().max(8192) })),
  onMenuCommand: event<{ command: MenuCommand }>(),
};
