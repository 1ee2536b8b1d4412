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
  /** Typing notes folds the talk's details to one line (off: they stay as they are). */
  foldHeaderWhileTyping: boolean;
}

/**
 * The sidebar's folding in one library, remembered in main's settings (so a
 * new browser profile or a reinstalled app keeps it): a year (`year:2021`)
 * or a conference (`conference:ID`) → unfolded. Groups never touched are absent.
 */
export type SidebarFolds = Record<string, boolean>;

const FoldKey = z.string().min(1).max(100);

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
  /** Back to the home view (no note open). */
  | 'home'
  /** Unfolds the open talk's header, or folds it back to one line. */
  | 'talk-details'
  /** Hides the sidebar and folds the header: the notes get the screen. */
  | 'distraction-free'
  /** The open note's versions (history must be on). */
  | 'history'
  /** What was deleted: restore it, or empty the trash. */
  | 'trash';

export const appContract = {
  info: call<AppInfo>()(z.object({})),
  setTheme: call<AppInfo>()(z.object({ theme: z.enum(['system', 'light', 'dark']) })),
  setEditorSettings: call<AppInfo>()(
    z.object({
      spellcheck: z.boolean().optional(),
      fontSize: z.number().int().min(10).max(32).optional(),
      foldHeaderWhileTyping: z.boolean().optional(),
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
  /** The sidebar's folding in the library that is open. */
  sidebarFolds: call<{ folds: SidebarFolds }>()(z.object({})),
  /** Replaces it (the renderer sends the whole map, a few hundred entries at most). */
  setSidebarFolds: call<{ folds: SidebarFolds }>()(
    z.object({
      folds: z
        .record(FoldKey, z.boolean())
        .refine((folds) => Object.keys(folds).length <= 5000, 'at most 5,000 folds'),
    }),
  ),
  /**
   * The renderer's answer to onFlushRequest, once its pending saves settled:
   * `saved: false` when something could not be written (its text is still on screen).
   */
  flushed: call<{ received: boolean }>()(
    z.object({ requestId: z.string().min(1).max(64), saved: z.boolean().optional() }),
  ),
};
