import type { z } from 'zod';

/**
 * The IPC contract is declared once here in shared/, VS Code style: each
 * domain lists its calls (promise-returning, input validated by zod in main)
 * and its events (main → renderer). Main serves it, the preload and the
 * preview bridge build the renderer's typed `window.api` from it.
 */
export interface CallSpec<I extends z.ZodType, O> {
  readonly kind: 'call';
  readonly input: I;
  /** Phantom: the result type, never set at run time. */
  readonly output?: O;
}

export interface EventSpec<P> {
  readonly kind: 'event';
  /** Phantom: the payload type, never set at run time. */
  readonly payload?: P;
}

export function call<O>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ kind: 'call', input });
}

export function event<P>(): EventSpec<P> {
  return { kind: 'event' };
}

export type DomainSpec = Record<string, CallSpec<z.ZodType, unknown> | EventSpec<unknown>>;

/** `search.query` style channel name for a domain's member. */
export function channelName(domain: string, member: string): string {
  return `confnotes:${domain}.${member}`;
}

/** The renderer's view of one domain: calls become async methods, events `onX` subscriptions. */
export type DomainApi<D extends DomainSpec> = {
  [K in keyof D]: D[K] extends CallSpec<infer I, infer O>
    ? (input: z.input<I>) => Promise<O>
    : D[K] extends EventSpec<infer P>
      ? (listener: (payload: P) => void) => () => void
      : never;
};

/** Main's view of one domain: a handler per call, receiving the validated input. */
export type DomainHandlers<D extends DomainSpec> = {
  [K in keyof D as D[K] extends CallSpec<z.ZodType, unknown> ? K : never]: D[K] extends CallSpec<
    infer I,
    infer O
  >
    ? (input: z.output<I>) => Promise<O>
    : never;
};

/** Errors cross the boundary as data: a code the UI can act on and a message for people. */
export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
  /** For conflicts: where the user's text was kept. */
  conflictPath?: string;
  /** The library-relative file the error is about, when there is one. */
  path?: string;
}

export type ApiErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'exists'
  | 'io'
  | 'outside-library'
  | 'forbidden'
  | 'internal';

/** What every call returns over the wire; the bridges unwrap it and throw ApiError. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly data: ApiErrorData;
  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.data = data;
  }
}
