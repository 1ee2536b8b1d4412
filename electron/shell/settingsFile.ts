import { z } from 'zod';
import { DEFAULT_SETTINGS, type SettingsData, type SettingsStore } from '../core/settings';

/**
 * What a settings file may hold. The file is the user's to edit by hand, so
 * a value that does not fit is ignored (the default is used), never fatal.
 */
const settingsShape = {
  libraryPath: z.string().min(1).max(4096).optional(),
  theme: z.enum(['system', 'light', 'dark']),
  editor: z.object({
    spellcheck: z.boolean(),
    fontSize: z.number().int().min(10).max(32),
    // Files written before this setting existed keep their other editor settings.
    foldHeaderWhileTyping: z.boolean().default(true),
  }),
  window: z
    .object({
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      width: z.number().int().min(100).max(100_000),
      height: z.number().int().min(100).max(100_000),
      maximized: z.boolean(),
    })
    .optional(),
  preferredRoom: z.record(z.string(), z.string()).optional(),
  sidebarFolds: z.record(z.string(), z.record(z.string(), z.boolean())).optional(),
} satisfies { [K in keyof SettingsData]-?: z.ZodType };

/** The part of electron-store (and of `conf`, which it extends) that settings use. */
export interface KeyValueFile {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}
export type KeyValueFileClass = new (options: {
  cwd: string;
  name?: string;
  configName?: string;
  clearInvalidConfig: boolean;
}) => KeyValueFile;

/**
 * Settings persisted in a JSON file in the app's data folder (never inside
 * the library), through electron-store in the app (see main.ts).
 */
export class SettingsFile implements SettingsStore {
  // Untyped on purpose: every read is validated against settingsShape instead.
  private readonly store: KeyValueFile;

  /**
   * `FileClass` is electron-store in the app; tests pass `conf`, the engine
   * electron-store extends, since electron-store itself loads Electron.
   */
  constructor(dataDir: string, FileClass: KeyValueFileClass) {
    this.store = new FileClass({
      cwd: dataDir,
      name: 'settings',
      configName: 'settings',
      // A settings file broken by hand or by a crash resets to defaults
      // instead of keeping the app from starting.
      clearInvalidConfig: true,
    });
  }

  get<K extends keyof SettingsData>(key: K): SettingsData[K] {
    const parsed = settingsShape[key].safeParse(this.store.get(key));
    return (
      parsed.success && parsed.data !== undefined ? parsed.data : DEFAULT_SETTINGS[key]
    ) as SettingsData[K];
  }

  set<K extends keyof SettingsData>(key: K, value: SettingsData[K]): void {
    if (value === undefined) this.store.delete(key);
    else this.store.set(key, value);
  }
}
