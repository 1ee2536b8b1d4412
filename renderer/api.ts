import type { ConfnotesApi } from '../shared/ipc/contract';
import type { ApiErrorCode } from '../shared/ipc/define';

declare global {
  interface Window {
    /** Set by the preload in the app, or by the preview bridge. */
    api: ConfnotesApi;
  }
}

/** The one way the renderer reaches main. */
export function api(): ConfnotesApi {
  return window.api;
}

/** A message a person can read, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The ApiError code, when the error crossed the boundary as one. Checked by
 * shape, not `instanceof`: an error thrown through Electron's contextBridge
 * is a copy, not an instance of the preload's class.
 */
export function errorCode(error: unknown): ApiErrorCode | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? (error.code as ApiErrorCode) : undefined;
}
