/**
 * `npm run build:electron`: bundles the main process, the preload and the
 * search worker into dist-electron/ with esbuild. Needs no Electron binary.
 *
 * - main.js: ESM (package.json has "type": "module", which Electron 28+ loads).
 *   Dependencies are bundled, so the packaged app needs no node_modules;
 *   `require` is recreated for the CommonJS ones.
 * - preload.cjs: CommonJS for the sandbox, which gives a preload only
 *   `require('electron')` and a few web-safe modules; built for the browser
 *   platform so a stray Node import fails the build instead of the app.
 * - indexWorker.js: the search index worker. The search service finds it
 *   beside the code that starts it (electron/core/search/workerClient.ts:
 *   `./indexWorker.js` relative to import.meta.url, i.e. beside main.js).
 *   Skipped, not failed, while the search service has no worker entry.
 * - extractWorker.js: the index worker's pool of Markdown extractors for
 *   large builds, found beside indexWorker.js the same way.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBuilds } from './electronBuilds';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');

await rm(outdir, { recursive: true, force: true });
for (const { name, options, optional } of electronBuilds(root, outdir)) {
  const entry = options.entryPoints[0];
  if (!existsSync(entry)) {
    if (optional) {
      console.log(`skipped ${name}: ${path.relative(root, entry)} does not exist yet`);
      continue;
    }
    throw new Error(`Missing entry point ${path.relative(root, entry)}`);
  }
  await build(options);
  console.log(`built ${path.relative(root, options.outfile)}`);
}
