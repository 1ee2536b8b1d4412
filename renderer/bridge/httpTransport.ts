import type { Envelope } from '../../shared/ipc/define';
import type { Transport } from '../../shared/ipc/buildApi';

/** Header the preview server checks on every API call (a cross-site page cannot set it). */
const TOKEN_HEADER = 'x-confnotes-token';

/**
 * Keepalive lets a save started in `pagehide` finish after the page is gone;
 * browsers cap keepalive bodies at 64 KiB, so larger notes go as plain fetches.
 */
const KEEPALIVE_LIMIT = 60_000;

/**
 * The preview's transport: calls are `POST /api/<channel>` with a JSON body,
 * events arrive over one Server-Sent Events stream, named by channel.
 */
export function createHttpTransport(baseUrl: string, token: string): Transport {
  let source: EventSource | undefined;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  const ensureSource = (): EventSource => {
    if (source) return source;
    source = new EventSource(`${baseUrl}/events?token=${encodeURIComponent(token)}`);
    return source;
  };

  return {
    async invoke(channel, input) {
      const body = JSON.stringify(input ?? {});
      const response = await fetch(`${baseUrl}/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body,
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
      if (!response.ok) {
        return {
          ok: false,
          error: { code: 'forbidden', message: `Preview server said ${response.status}.` },
        };
      }
      return (await response.json()) as Envelope<unknown>;
    },
    subscribe(channel, listener) {
      let set = listeners.get(channel);
      if (!set) {
        const channelListeners = new Set<(payload: unknown) => void>();
        listeners.set(channel, channelListeners);
        ensureSource().addEventListener(channel, (event) => {
          const payload: unknown = JSON.parse((event as MessageEvent<string>).data);
          channelListeners.forEach((each) => each(payload));
        });
        set = channelListeners;
      }
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
