import { z } from 'zod';
import { call, event } from './define';

// Owned by the Electron shell work (issue 3): settings, links, menu commands.
export type ThemeSetting = 'system' | 'light' | 'dark';

export interface AppInfo {
  libraryPath: string;
  theme: ThemeSetting;
  platform: string;
  /**
   * Prefix of image URLs: the renderer shows a note's image `src` at
   * `${assetUrl}${noteId}/${encodeURIComponent(src)}` (a custom protocol in the
   * app, a tokened loopback URL in the preview). Main refuses paths outside the library.
   */
  assetUrl: string;
  /** Editor preferences the user set in Preferences. */
  editor: EditorSettings;
}

export interface EditorSettings {
  spellcheck: boolean;
  fontSize: number;
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
  | 'insert-time'
  | 'history';

export const appContract = {
  info: call<AppInfo>()(z.object({})),
  setTheme: call<AppInfo>()(z.object({ theme: z.enum(['system', 'light', 'dark']) })),
  setEditorSettings: call<AppInfo>()(
    z.object({
      spellcheck: z.boolean().optional(),
      fontSize: z.number().int().min(10).max(32).optional(),
    }),
  ),
  /** Asks main to let the user choose another library folder (a native dialog in the app). */
  chooseLibrary: call<AppInfo>()(z.object({})),
  /** Opens http(s) and mailto links in the system browser; anything else is refused. */
  openExternal: call<{ opened: boolean }>()(z.object({ url: z.string().max(8192) })),
  onMenuCommand: event<{ command: MenuCommand }>(),
  /**
   * Main is about to close the window or quit (window close, app quit,
   * SIGTERM, OS shutdown): write every unsaved change now, then answer with
   * `flushed` and the same requestId. Main waits briefly, then goes on.
   */
  onFlushRequest: event<{ requestId: string }>(),
  /** The renderer's answer to onFlushRequest, once its pending saves settled (saved or failed). */
  flushed: call<{ received: boolean }>()(z.object({ requestId: z.string().min(1).max(64) })),
};
