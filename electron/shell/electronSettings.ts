import Store from 'electron-store';
import { z } from 'zod';
import { DEFAULT_SETTINGS, type SettingsData, type SettingsStore } from '../core/settings';

/**
 * What a settings file may hold. The file is the user's to edit by hand, so
 * a value that does not fit is ignored (the default is used), never fatal.
 */
const settingsShape = {
  libraryPath: z.string().min(1).max(4096).optional(),
  theme: z.enum(['system', 'light', 'dark']),
  editor: z.object({ spellcheck: z.boolean(), fontSize: z.number().int().min(10).max(32) }),
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
} satisfies { [K in keyof SettingsData]-?: z.ZodType };

/** Settings persisted by electron-store in the app's data folder (never inside the library). */
export class ElectronSettings implements SettingsStore {
  // Untyped on purpose: every read is validated against settingsShape instead.
  private readonly store: Store<Record<string, unknown>>;

  constructor(dataDir: string) {
    this.store = new Store<Record<string, unknown>>({
      cwd: dataDir,
      name: 'settings',
      // A settings file broken by hand or by a crash resets to defaults
      // instead of keeping the app from starting.
      clearInvalidConfig: true,
    });
  }

  get<K extends keyof SettingsData>(key: K): SettingsData[K] {
    const parsed = settingsShape[key].safeParse(this.store.get(key));
    return (parsed.success && parsed.data !== undefined ? parsed.data : DEFAULT_SETTINGS[key]) as SettingsData[K];
  }

  set<K extends keyof SettingsData>(key: K, value: SettingsData[K]): void {
    if (value === undefined) this.store.delete(key);
    else this.store.set(key, value);
  }
}
