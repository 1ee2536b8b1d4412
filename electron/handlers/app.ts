import type { AppInfo } from '../../shared/ipc/app';
import type { DomainHandlers } from '../../shared/ipc/define';
import type { appContract } from '../../shared/ipc/app';
import type { SettingsStore } from '../core/settings';

/** What the app domain needs from its host (the Electron shell, or the preview server). */
export interface AppHost {
  settings: SettingsStore;
  libraryPath: string;
  assetUrl: string;
  platform: string;
  /** Opens a URL that already passed the allow-list; resolves false when refused. */
  openExternal(url: string): Promise<boolean>;
  /** Lets the user pick a library folder; resolves when settings were updated. */
  chooseLibrary(): Promise<void>;
  /** Applies a theme change (nativeTheme in the app). */
  applyTheme?(theme: AppInfo['theme']): void;
  /** Applies editor preferences main acts on (the spellchecker in the app). */
  applyEditorSettings?(editor: AppInfo['editor']): void;
  /** The renderer answered a flush request (see `onFlushRequest`); `saved` false: something was not written. */
  flushed?(requestId: string, saved: boolean): void;
}

/** The app domain: settings, theme, links and the flush handshake, through the host. */
export function createAppHandlers(host: AppHost): DomainHandlers<typeof appContract> {
  const info = (): AppInfo => ({
    // The library actually open (a --library flag may override the saved choice).
    libraryPath: host.libraryPath,
    theme: host.settings.get('theme'),
    platform: host.platform,
    assetUrl: host.assetUrl,
    editor: host.settings.get('editor'),
  });
  return {
    info: async () => info(),
    setTheme: async ({ theme }) => {
      host.settings.set('theme', theme);
      host.applyTheme?.(theme);
      return info();
    },
    setEditorSettings: async (patch) => {
      const editor = { ...host.settings.get('editor'), ...patch };
      host.settings.set('editor', editor);
      host.applyEditorSettings?.(editor);
      return info();
    },
    chooseLibrary: async () => {
      await host.chooseLibrary();
      return info();
    },
    openExternal: async ({ url }) => ({ opened: await host.openExternal(url) }),
    sidebarFolds: async () => ({
      folds: host.settings.get('sidebarFolds')?.[host.libraryPath] ?? {},
    }),
    setSidebarFolds: async ({ folds }) => {
      const all = host.settings.get('sidebarFolds') ?? {};
      host.settings.set('sidebarFolds', { ...all, [host.libraryPath]: folds });
      return { folds };
    },
    flushed: async ({ requestId, saved }) => {
      host.flushed?.(requestId, saved ?? true);
      return { received: true };
    },
  };
}
