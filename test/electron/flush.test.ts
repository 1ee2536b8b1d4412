import { describe, expect, it, vi } from 'vitest';
import { FlushCoordinator, ShutdownGuard } from '../../electron/shell/flush';
import { fakeEvent } from './fakeElectron';

describe('FlushCoordinator', () => {
  it('resolves when the renderer answers with the same id', async () => {
    const sent: string[] = [];
    const flush = new FlushCoordinator((id) => (sent.push(id), true), 10_000);
    const outcome = flush.request();
    flush.acknowledge('forged-id');
    flush.acknowledge(sent[0]);
    await expect(outcome).resolves.toBe('flushed');
  });

  it('ignores a forged answer and gives up after the timeout', async () => {
    vi.useFakeTimers();
    try {
      const flush = new FlushCoordinator(() => true, 1500);
      const outcome = flush.request();
      flush.acknowledge('not-the-id');
      await vi.advanceTimersByTimeAsync(1499);
      let settled = false;
      void outcome.then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await expect(outcome).resolves.toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells an answer that something could not be saved from one that saved all', async () => {
    const sent: string[] = [];
    const flush = new FlushCoordinator((id) => (sent.push(id), true), 10_000);
    const first = flush.request();
    const second = flush.request();
    flush.acknowledge(sent[0], false);
    flush.acknowledge(sent[1], true);
    await expect(Promise.all([first, second])).resolves.toEqual(['unsaved', 'flushed']);
  });

  it('does not wait when there is no renderer to ask', async () => {
    await expect(new FlushCoordinator(() => false).request()).resolves.toBe('no-window');
  });
});

describe('ShutdownGuard', () => {
  it('holds every ending event until one flush finished, then lets them through', async () => {
    let finish!: () => void;
    const flush = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const guard = new ShutdownGuard(flush);
    const closeEvent = fakeEvent();
    const quitEvent = fakeEvent();
    const resumed: string[] = [];
    expect(guard.hold(closeEvent, () => resumed.push('close'))).toBe(true);
    expect(guard.hold(quitEvent, () => resumed.push('quit'))).toBe(true);
    expect(closeEvent.defaultPrevented && quitEvent.defaultPrevented).toBe(true);
    expect(flush).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(resumed).toEqual([]);
    finish();
    await vi.waitFor(() => expect(resumed).toEqual(['close', 'quit']));
    const again = fakeEvent();
    expect(guard.hold(again, () => resumed.push('again'))).toBe(false);
    expect(again.defaultPrevented).toBe(false);
  });

  it('goes on when the flush fails, and flushes again for a new window', async () => {
    const flush = vi.fn(async () => Promise.reject(new Error('disk full')));
    const guard = new ShutdownGuard(flush);
    const resume = vi.fn();
    guard.hold(fakeEvent(), resume);
    await vi.waitFor(() => expect(resume).toHaveBeenCalled());
    guard.reset();
    expect(guard.hold(fakeEvent(), resume)).toBe(true);
    expect(flush).toHaveBeenCalledTimes(2);
  });
});
