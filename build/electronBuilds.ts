import type { BuildOptions } from 'esbuild';
import path from 'node:path';

/** One esbuild bundle of the Electron side; `optional` ones are skipped when their entry is missing. */
export interface ElectronBuild {
  name: string;
  options: BuildOptions & { entryPoints: string[]; outfile: string };
  optional?: boolean;
}

/**
 * The bundles `npm run build:electron` writes (see build/buildElectron.ts for
 * why each has its format). Shared with the test that loads the built main.
 */
export function electronBuilds(root: string, outdir: string): ElectronBuild[] {
  const from = (file: string) => path.join(root, file);
  const nodeEsm: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    legalComments: 'linked',
    banner: {
      js: [
        "import { createRequire as __confnotesRequire } from 'node:module';",
        'const require = __confnotesRequire(import.meta.url);',
      ].join('\n'),
    },
    logLevel: 'warning',
  };
  return [
    {
      name: 'main',
      options: {
        ...nodeEsm,
        entryPoints: [from('electron/main.ts')],
        outfile: path.join(outdir, 'main.js'),
      },
    },
    {
      name: 'preload',
      options: {
        entryPoints: [from('electron/preload.ts')],
        outfile: path.join(outdir, 'preload.cjs'),
        bundle: true,
        platform: 'browser',
        format: 'cjs',
        target: 'chrome140',
        external: ['electron'],
        sourcemap: true,
        logLevel: 'warning',
      },
    },
    {
      name: 'indexWorker',
      optional: true,
      options: {
        ...nodeEsm,
        entryPoints: [from('electron/core/search/indexWorker.ts')],
        outfile: path.join(outdir, 'indexWorker.js'),
      },
    },
    {
      // The index worker's pool of Markdown extractors, found beside indexWorker.js.
      name: 'extractWorker',
      optional: true,
      options: {
        ...nodeEsm,
        entryPoints: [from('electron/core/search/extractWorker.ts')],
        outfile: path.join(outdir, 'extractWorker.js'),
      },
    },
    {
      // History's git work (electron/core/history/historyClient.ts: `./historyWorker.js` beside main.js).
      name: 'historyWorker',
      optional: true,
      options: {
        ...nodeEsm,
        entryPoints: [from('electron/core/history/historyWorker.ts')],
        outfile: path.join(outdir, 'historyWorker.js'),
      },
    },
    {
      // The slide reader's Tesseract thread, found beside main.js (electron/core/slides/ocrFiles.ts).
      // Not bundled: it loads tesseract.js's worker script and engine (WebAssembly beside it) from
      // node_modules; the packaged app carries them in resources/ocr (electron-builder.config.cjs).
      name: 'tesseractWorker',
      optional: true,
      options: {
        entryPoints: [from('electron/core/slides/tesseractWorker.cjs')],
        outfile: path.join(outdir, 'tesseractWorker.cjs'),
        bundle: false,
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        logLevel: 'warning',
      },
    },
  ];
}
