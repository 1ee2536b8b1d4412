import { resolve } from 'node:path';
import { defaultDataDir, defaultLibraryPath } from './core/appPaths';
import { CoreError } from './core/errors';
import { createCoreServices, type CoreServices } from './core/services';
import { CliError, type CliContext } from './cli/command';
import { commands } from './cli/commands';

/**
 * `confnotes`: the library from a terminal, on the same core services as the
 * app. Runs in plain Node — the proof that the core needs no Electron.
 */
export async function runCli(
  argv: string[],
  io = { out: console.log, err: console.error },
): Promise<number> {
  const { library, rest } = takeLibraryFlag(argv);
  const [name, ...args] = rest;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`confnotes: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  let services: CoreServices | undefined;
  const context: CliContext = {
    async services() {
      services ??= await createCoreServices({
        libraryRoot: resolve(library ?? defaultLibraryPath()),
        dataDir: defaultDataDir(),
      });
      return services;
    },
    out: io.out,
    err: io.err,
    readStdin,
  };
  try {
    return (await command.run(args, context)) ?? 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`confnotes ${name}: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof CoreError || isArgumentError(error)) {
      io.err(`confnotes ${name}: ${(error as Error).message}`);
      return 1;
    }
    io.err(`confnotes ${name}: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  } finally {
    await services?.close();
  }
}

/** `--library DIR` is global: it may stand anywhere and every command takes it. */
function takeLibraryFlag(argv: string[]): { library?: string; rest: string[] } {
  const rest: string[] = [];
  let library: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--library') library = argv[++i];
    else if (arg.startsWith('--library=')) library = arg.slice('--library='.length);
    else rest.push(arg);
  }
  return { library, rest };
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: confnotes COMMAND [options] [--library DIR]',
    '',
    'Take notes at conferences; search and export them. The library is a folder of',
    'Markdown files: --library DIR, else $CONFNOTES_LIBRARY, else ~/Documents/Confnotes.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `confnotes COMMAND --help` for its options. --json gives machine-readable output.',
  ].join('\n');
}

function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code ?? '';
  return code.startsWith('ERR_PARSE_ARGS') || (error as Error).name === 'ZodError';
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
