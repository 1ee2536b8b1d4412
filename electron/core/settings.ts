import type { EditorSettings, SidebarFolds, ThemeSetting } from '../../shared/ipc/app';

/** The app's settings. Persisted by electron-store in the app, kept in memory in tests and the preview. */
export interface SettingsData {
  libraryPath?: string;
  theme: ThemeSetting;
  editor: EditorSettings;
  window?: { x?: number; y?: number; width: number; height: number; maximized: boolean };
  /** The room or track the attendee picked last, per conference, for "Now". */
  preferredRoom?: Record<string, string>;
  /** The sidebar's folding, per library folder. */
  sidebarFolds?: Record<string, SidebarFolds>;
}

export const DEFAULT_SETTINGS: SettingsData = {
  theme: 'system',
  editor: { spellcheck: true, fontSize: 16, foldHeaderWhileTyping: true },
};

/** A small interface over whatever stores settings. */
export interface SettingsStore {
  get<K extends keyof SettingsData>(key: K): SettingsData[K];
  set<K extends keyof SettingsData>(key: K, value: SettingsData[K]): void;
}

export class MemorySettings implements SettingsStore {
  private readonly data: SettingsData;
  constructor(initial: Partial<SettingsData> = {}) {
    this.data = { ...structuredClone(DEFAULT_SETTINGS), ...initial };
  }
  get<K extends keyof SettingsData>(key: K): SettingsData[K] {
    return this.data[key];
  }
  set<K extends keyof SettingsData>(key: K, value: SettingsData[K]): void {
    this.data[key] = value;
  }
}
