import { join } from 'node:path';
import { build } from 'esbuild';
import { tempDir } from '../../../helpers/tempLibrary';

/** gitCrashChild.ts bundled for node, so a test can run it as a process of its own (and kill it). */
export async function bundleChild(): Promise<string> {
  const outfile = join(await tempDir(), 'gitCrashChild.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'gitCrashChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}
