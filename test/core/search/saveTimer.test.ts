import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS, SaveTimer } from '../../../electron/core/search/saveTimer';

/** The index saves SAVE_DELAY_MS after its first unsaved change: typing on never puts it off. */
describe('SaveTimer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, SAVE_DELAY_MS after the first change, however many follow', () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => {});
    const timer = new SaveTimer(save);
    timer.changed();
    for (let second = 1; second < SAVE_DELAY_MS / 1000; second++) {
      vi.advanceTimersByTime(1000);
      timer.changed();
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('starts again with the first change after a save, and not at all once cancelled', () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => {});
    const timer = new SaveTimer(save, 100);
    timer.changed();
    timer.cancel();
    vi.advanceTimersByTime(500);
    expect(save).not.toHaveBeenCalled();
    timer.changed();
    vi.advanceTimersByTime(100);
    timer.changed();
    vi.advanceTimersByTime(99);
    expect(save).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(2);
  });
});
