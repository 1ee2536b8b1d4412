import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import type { HistoryStatus } from '../../../shared/history';
import { Toasts, useToasts } from '../../../renderer/app/Toasts';
import { useSyncNotices } from '../../../renderer/panels/useSyncNotices';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** The window's notifications, as App wires them to the sync's news. */
function Window() {
  const { toasts, show, dismiss } = useToasts();
  useSyncNotices(show);
  return <Toasts toasts={toasts} dismiss={dismiss} />;
}

const at = (minute: number) => `2026-12-07T10:${String(minute).padStart(2, '0')}:00.000Z`;
const base: Omit<HistoryStatus, 'sync'> = {
  enabled: true,
  remote: 'https://git.example.org/me/notes.git',
  token: 'stored',
  pending: 0,
  lastCheckpoint: null,
};

it('keeps a timed sync’s conflict copies and refusals on screen until dismissed, a refusal once', async () => {
  vi.useFakeTimers();
  let emit: (status: HistoryStatus) => void = () => {};
  window.api = {
    history: {
      onStatus: (listener: typeof emit) => {
        emit = listener;
        return () => {};
      },
    },
  } as unknown as typeof window.api;
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<Window />));
  const shown = () => [...host.querySelectorAll('.toast span')].map((e) => e.textContent);

  act(() =>
    emit({
      ...base,
      sync: {
        state: 'synced',
        at: at(0),
        message: 'Synced.',
        conflicts: ['kubecon/toil (conflict 2026-12-07 100000).md'],
      },
    }),
  );
  await act(async () => vi.advanceTimersByTimeAsync(10 * 60_000));
  expect(shown()).toEqual([
    'Sync kept both versions of a note changed on both sides: the other side’s text is in toil (conflict 2026-12-07 100000).md.',
  ]);

  const refused = {
    state: 'failed',
    message: 'git.example.org/me/notes.git refused the token.',
  } as const;
  act(() => emit({ ...base, sync: { ...refused, at: at(10) } }));
  act(() => emit({ ...base, sync: { ...refused, at: at(20) } }));
  await act(async () => vi.advanceTimersByTimeAsync(10 * 60_000));
  expect(shown()).toHaveLength(2);
  expect(shown()[1]).toBe('Sync: git.example.org/me/notes.git refused the token.');

  await act(async () =>
    host.querySelector<HTMLButtonElement>('button[aria-label="Dismiss"]')!.click(),
  );
  expect(shown()).toHaveLength(1);
  act(() => root.unmount());
});
