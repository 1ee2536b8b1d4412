import { z } from 'zod';
import { callChannels } from '../../shared/ipc/buildApi';
import { contract, type ConfnotesHandlers } from '../../shared/ipc/contract';
import type { ApiErrorData, CallSpec, Envelope } from '../../shared/ipc/define';
import { ConflictError, CoreError } from '../core/errors';

/** Routes one call by channel name: validates the input, runs the handler, wraps the outcome. */
export type Dispatch = (channel: string, rawInput: unknown) => Promise<Envelope<unknown>>;

type AnyHandler = (input: unknown) => Promise<unknown>;

/**
 * Builds the one dispatcher that both Electron's ipcMain and the preview's
 * HTTP bridge use, so the renderer meets the same validation either way.
 */
export function createDispatcher(
  handlers: ConfnotesHandlers,
  onUnexpected: (error: unknown, channel: string) => void = () => {},
): Dispatch {
  const routes = new Map<string, { schema: z.ZodType; handler: AnyHandler }>();
  for (const { channel, domain, member } of callChannels()) {
    const spec = (
      contract as unknown as Record<string, Record<string, CallSpec<z.ZodType, unknown>>>
    )[domain][member];
    const handler = (handlers as unknown as Record<string, Record<string, AnyHandler | undefined>>)[
      domain
    ]?.[member];
    if (handler) routes.set(channel, { schema: spec.input, handler });
  }
  return async (channel, rawInput) => {
    const route = routes.get(channel);
    if (!route) return failure({ code: 'forbidden', message: `Unknown call ${channel}.` });
    const parsed = route.schema.safeParse(rawInput);
    if (!parsed.success) {
      return failure({
        code: 'invalid-input',
        message: `Invalid input for ${channel}: ${z.prettifyError(parsed.error)}`,
      });
    }
    try {
      return { ok: true, value: await route.handler(parsed.data) };
    } catch (error) {
      if (!(error instanceof CoreError)) onUnexpected(error, channel);
      return failure(toErrorData(error));
    }
  };
}

function failure(error: ApiErrorData): Envelope<never> {
  return { ok: false, error };
}

/** Core errors pass through as they are; anything else is reported without internals. */
export function toErrorData(error: unknown): ApiErrorData {
  if (error instanceof ConflictError) {
    return {
      code: 'conflict',
      message: error.message,
      path: error.path,
      conflictPath: error.conflictPath,
    };
  }
  if (error instanceof CoreError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.path ? { path: error.path } : {}),
    };
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (errno === 'ENOSPC') return { code: 'io', message: 'The disk is full: nothing was written.' };
  if (errno === 'EACCES' || errno === 'EPERM') {
    return { code: 'io', message: 'Permission denied: nothing was written.' };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong: ${message}` };
}
