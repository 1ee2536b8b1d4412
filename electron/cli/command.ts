import type { CoreServices } from '../core/services';

/**
 * One `confnotes` sub-command. Commands parse their own flags with
 * node:util parseArgs, print results to `out`, and throw CliError for
 * user mistakes (printed to stderr, exit code 1 or the one given).
 */
export interface CliCommand {
  name: string;
  /** One line for `confnotes --help`. */
  summary: string;
  /** Full usage text for `confnotes NAME --help`. */
  usage: string;
  run(args: string[], context: CliContext): Promise<number | void>;
}

export interface CliContext {
  /** Opens the library given by --library, CONFNOTES_LIBRARY or the default folder. */
  services(): Promise<CoreServices>;
  out(text: string): void;
  err(text: string): void;
  /** Reads all of standard input (for --stdin). */
  readStdin(): Promise<string>;
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
