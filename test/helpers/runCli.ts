import { runCli } from '../../electron/cli';

/** Runs `confnotes ARGS` in-process and captures what it prints. */
export async function confnotes(
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
