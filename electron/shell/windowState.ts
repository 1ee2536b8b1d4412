import type { Rectangle } from 'electron';
import type { SettingsData, SettingsStore } from '../core/settings';

type WindowState = NonNullable<SettingsData['window']>;

const DEFAULT_WINDOW: WindowState = { width: 1200, height: 800, maximized: false };
const MIN = { width: 640, height: 420 };

/**
 * Where the window opens: where it was, if that spot is still on a screen
 * (a monitor may have been unplugged since), else centred at the saved size.
 */
export function initialWindowState(
  saved: WindowState | undefined,
  workAreas: Rectangle[],
): WindowState {
  const state = { ...DEFAULT_WINDOW, ...saved };
  const width = Math.max(MIN.width, Math.round(state.width));
  const height = Math.max(MIN.height, Math.round(state.height));
  const { x, y } = state;
  const visible =
    x !== undefined &&
    y !== undefined &&
    workAreas.some((area) => overlap(area, { x, y, width, height }) >= 100 * 60);
  return visible
    ? { x, y, width, height, maximized: state.maximized }
    : { width, height, maximized: state.maximized };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The parts of a BrowserWindow the tracker reads. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/** Saves size, position and maximised state when they change (debounced) and on close. */
export function trackWindowState(win: TrackedWindow, settings: SettingsStore, delayMs = 500): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    const { x, y, width, height } = win.getNormalBounds();
    settings.set('window', { x, y, width, height, maximized: win.isMaximized() });
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', save);
}
