import { CoreError } from '../errors';

/**
 * A schedule file that cannot be read as a schedule. The message starts
 * with the file's name so the user knows which download to fix or replace;
 * nothing has been written when it is thrown.
 */
export class ScheduleFileError extends CoreError {
  constructor(
    readonly fileName: string,
    readonly problem: string,
  ) {
    super('invalid-input', `${fileName}: ${problem}`);
    this.name = 'ScheduleFileError';
  }
}

/** The message of anything thrown, for wrapping a parser's own error. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
