import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Which library folder the app opens, first match wins: `--library DIR` on
 * the command line, `CONFNOTES_LIBRARY`, the folder chosen in Preferences,
 * else `Confnotes` in the user's documents folder.
 */
export function resolveLibraryPath(options: {
  argv: string[];
  env: Record<string, string | undefined>;
  saved: string | undefined;
  documentsDir: string;
  cwd: string;
}): { path: string; source: 'argument' | 'environment' | 'settings' | 'default' } {
  const fromArgs = libraryArgument(options.argv);
  if (fromArgs) return { path: path.resolve(options.cwd, fromArgs), source: 'argument' };
  const fromEnv = options.env['CONFNOTES_LIBRARY'];
  if (fromEnv) return { path: path.resolve(options.cwd, fromEnv), source: 'environment' };
  if (options.saved && path.isAbsolute(options.saved))
    return { path: options.saved, source: 'settings' };
  return { path: path.join(options.documentsDir, 'Confnotes'), source: 'default' };
}

/** `--library DIR` or `--library=DIR` among Electron's and Chromium's own switches. */
export function libraryArgument(argv: string[]): string | undefined {
  const { values } = parseArgs({
    args: argv,
    options: { library: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const value = values['library'];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
