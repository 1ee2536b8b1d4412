import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryStatus, SyncReport } from '../../../shared/history';
import { HistoryOffer } from '../../../renderer/panels/HistoryOffer';
import { HistorySettings } from '../../../renderer/panels/HistorySettings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const status = (enabled: boolean): HistoryStatus => ({
  enabled,
  remote: enabled ? 'https://git.example.org/me/notes.git' : null,
  token: 'none',
  pending: 0,
  lastCheckpoint: null,
  sync: { state: 'never' },
});

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

function mount(node: React.ReactNode) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  return { host, root, render: () => act(async () => root.render(node)) };
}

const statusTexts = (host: HTMLElement) =>
  [...host.querySelectorAll('[role="status"]')].map((e) => e.textContent?.trim());

afterEach(() => {
  document.body.innerHTML = '';
});

describe('history’s long work says it is running (issue 18)', () => {
  it('in Preferences: the first version of the library, then a sync', async () => {
    const turnedOn = deferred<HistoryStatus>();
    const synced = deferred<SyncReport>();
    window.api = {
      history: {
        status: vi.fn(async () => status(false)),
        onStatus: () => () => {},
        setEnabled: vi.fn(() => turnedOn.promise),
        sync: vi.fn(() => synced.promise),
      },
    } as unknown as typeof window.api;
    const { host, root, render } = mount(<HistorySettings />);
    await render();
    await act(async () => host.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click());
    expect(statusTexts(host)).toContain('Making the first version of the whole library…');
    await act(async () => turnedOn.settle(status(true)));
    expect(statusTexts(host)).toEqual([]);

    const syncNow = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Sync now')!;
    await act(async () => syncNow.click());
    expect(statusTexts(host).join(' ')).toMatch(/^Syncing/);
    expect(syncNow.disabled).toBe(true);
    await act(async () =>
      synced.settle({
        outcome: 'synced',
        message: 'Synced with git.example.org/me/notes.git: nothing new there.',
        pulled: 0,
        pushed: true,
        conflicts: [],
      }),
    );
    expect(statusTexts(host)).toEqual([
      'Synced with git.example.org/me/notes.git: nothing new there.',
    ]);
    act(() => root.unmount());
  });

  it('on a new library’s welcome', async () => {
    const turnedOn = deferred<HistoryStatus>();
    window.api = {
      history: {
        status: vi.fn(async () => status(false)),
        setEnabled: vi.fn(() => turnedOn.promise),
      },
    } as unknown as typeof window.api;
    const { host, root, render } = mount(<HistoryOffer />);
    await render();
    await act(async () => host.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click());
    expect(statusTexts(host)).toEqual(['Making the first version of the whole library…']);
    await act(async () => turnedOn.settle(status(true)));
    expect(statusTexts(host)).toEqual(['History is on: every note keeps its versions.']);
    act(() => root.unmount());
  });
});
