import type { ApiErrorCode } from '../../shared/ipc/define';

/**
 * Errors the core throws on purpose. Each names what went wrong in words a
 * user can act on, and the file it is about when there is one; the IPC layer
 * and the CLI pass them on as they are.
 */
export class CoreError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}

export class NotFoundError extends CoreError {
  constructor(what: string, id: string) {
    super('not-found', `No ${what} with id ${id} in the library.`);
  }
}

/** The file changed on disk since the caller read it; their text went to `conflictPath`. */
export class ConflictError extends CoreError {
  constructor(
    path: string,
    readonly conflictPath: string,
  ) {
    super(
      'conflict',
      `${path} was changed outside Confnotes since you opened it. Your version was saved as ${conflictPath}; both are kept.`,
      path,
    );
    this.name = 'ConflictError';
  }
}

export class OutsideLibraryError extends CoreError {
  constructor(path: string) {
    super('outside-library', `Refused: ${path} is outside the library.`, path);
  }
}
