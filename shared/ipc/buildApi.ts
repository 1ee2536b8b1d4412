import { contract, type ConfnotesApi } from './contract';
import { ApiError, channelName, type DomainSpec, type Envelope } from './define';

/** How a bridge reaches main: Electron IPC in the app, HTTP on loopback in the preview. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/** Builds `window.api` from the contract, so every bridge exposes exactly the same surface. */
export function buildApi(transport: Transport): ConfnotesApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const [domain, spec] of Object.entries(contract)) {
    const members: Record<string, unknown> = {};
    for (const [name, member] of Object.entries(spec as DomainSpec)) {
      const channel = channelName(domain, name);
      members[name] =
        member.kind === 'call'
          ? async (input: unknown) => {
              const envelope = await transport.invoke(channel, input ?? {});
              if (!envelope.ok) throw new ApiError(envelope.error);
              return envelope.value;
            }
          : (listener: (payload: unknown) => void) => transport.subscribe(channel, listener);
    }
    api[domain] = Object.freeze(members);
  }
  return Object.freeze(api) as unknown as ConfnotesApi;
}

/** Every call channel with its domain and member, for servers that route by name. */
export function callChannels(): Array<{ channel: string; domain: string; member: string }> {
  return Object.entries(contract).flatMap(([domain, spec]) =>
    Object.entries(spec as DomainSpec)
      .filter(([, member]) => member.kind === 'call')
      .map(([member]) => ({ channel: channelName(domain, member), domain, member })),
  );
}
