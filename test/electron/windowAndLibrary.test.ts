import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemorySettings } from '../../electron/core/settings';
import { libraryArgument, resolveLibraryPath } from '../../electron/shell/libraryPath';
import {
  initialWindowState,
  trackWindowState,
  type TrackedWindow,
} from '../../electron/shell/windowState';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('initialWindowState', () => {
  it('restores a window that is still on a screen', () => {
    expect(
      initialWindowState({ x: 100, y: 50, width: 1000, height: 700, maximized: true }, screen),
    ).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('centres a window whose monitor is gone, and keeps a usable size', () => {
    expect(
      initialWindowState({ x: 3000, y: 100, width: 50, height: 50, maximized: false }, screen),
    ).toEqual({
      width: 640,
      height: 420,
      maximized: false,
    });
    expect(initialWindowState(undefined, screen)).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });
});

describe('trackWindowState', () => {
  it('saves the normal bounds and maximised state on close', () => {
    const settings = new MemorySettings();
    const listeners: Record<string, () => void> = {};
    const win: TrackedWindow = {
      on: (event, listener) => (listeners[event] = listener),
      getNormalBounds: () => ({ x: 5, y: 6, width: 900, height: 600 }),
      isMaximized: () => true,
    };
    trackWindowState(win, settings);
    listeners['close']();
    expect(settings.get('window')).toEqual({
      x: 5,
      y: 6,
      width: 900,
      height: 600,
      maximized: true,
    });
  });
});

describe('resolveLibraryPath', () => {
  const base = { env: {}, saved: undefined, documentsDir: '/home/me/Documents', cwd: '/work' };

  it('takes --library first, then CONFNOTES_LIBRARY, then settings, then Documents/Confnotes', () => {
    const env = { CONFNOTES_LIBRARY: '/env/lib' };
    const saved = '/saved/lib';
    expect(
      resolveLibraryPath({ ...base, env, saved, argv: ['/app', '--library', 'notes'] }),
    ).toEqual({
      path: path.resolve('/work', 'notes'),
      source: 'argument',
    });
    expect(resolveLibraryPath({ ...base, env, saved, argv: ['/app'] }).path).toBe('/env/lib');
    expect(resolveLibraryPath({ ...base, saved, argv: [] }).path).toBe('/saved/lib');
    expect(resolveLibraryPath({ ...base, saved: 'relative', argv: [] }).path).toBe(
      path.join('/home/me/Documents', 'Confnotes'),
    );
  });

  it('reads --library=DIR among Chromium switches', () => {
    expect(libraryArgument(['.', '--no-sandbox-test', '--library=/x/y', '--enable-logging'])).toBe(
      '/x/y',
    );
    expect(libraryArgument(['.', '--inspect'])).toBeUndefined();
  });
});
