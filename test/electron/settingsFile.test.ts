import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../electron/core/settings';
import Conf from 'conf';
import { SettingsFile } from '../../electron/shell/settingsFile';

// electron-store loads Electron as it starts, so the tests use `conf`, the
// file engine electron-store extends (same options, same file format).
class ElectronSettings extends SettingsFile {
  constructor(dir: string) {
    super(dir, Conf);
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'confnotes-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('SettingsFile', () => {
  it('starts from the defaults and persists what is set', async () => {
    const first = new ElectronSettings(dir);
    expect(first.get('theme')).toBe(DEFAULT_SETTINGS.theme);
    expect(first.get('editor')).toEqual(DEFAULT_SETTINGS.editor);
    first.set('theme', 'dark');
    first.set('libraryPath', '/home/me/Notes');
    first.set('window', { x: 1, y: 2, width: 900, height: 700, maximized: false });
    const again = new ElectronSettings(dir);
    expect(again.get('theme')).toBe('dark');
    expect(again.get('libraryPath')).toBe('/home/me/Notes');
    expect(again.get('window')).toEqual({ x: 1, y: 2, width: 900, height: 700, maximized: false });
    const file = JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(file['theme']).toBe('dark');
  });

  it('ignores values edited into something it cannot use', async () => {
    await writeFile(
      path.join(dir, 'settings.json'),
      JSON.stringify({
        theme: 'neon',
        editor: { spellcheck: 'yes', fontSize: 999 },
        libraryPath: 42,
        window: 'big',
      }),
    );
    const settings = new ElectronSettings(dir);
    expect(settings.get('theme')).toBe('system');
    expect(settings.get('editor')).toEqual(DEFAULT_SETTINGS.editor);
    expect(settings.get('libraryPath')).toBeUndefined();
    expect(settings.get('window')).toBeUndefined();
  });

  it('keeps the editor settings of a file written before a setting existed', async () => {
    await writeFile(
      path.join(dir, 'settings.json'),
      JSON.stringify({ editor: { spellcheck: false, fontSize: 20 } }),
    );
    expect(new ElectronSettings(dir).get('editor')).toEqual({
      spellcheck: false,
      fontSize: 20,
      foldHeaderWhileTyping: true,
    });
  });

  it('starts with defaults when the file is not JSON', async () => {
    await writeFile(path.join(dir, 'settings.json'), '{"theme": "dark", trunc');
    expect(new ElectronSettings(dir).get('theme')).toBe('system');
  });
});
