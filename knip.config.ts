import type { KnipConfig } from 'knip';

/**
 * `npm run lint:unused` (part of `npm run lint`): no unused file, export or
 * dependency, and no dependency in the wrong section. Knip follows imports
 * from every bundle the app ships and every script the project runs. An
 * entry or project file marked `!` is shipped code; the second pass,
 * `knip --production --include dependencies`, reads only those, so a
 * package only tests or scripts import must be a devDependency.
 */
const config: KnipConfig = {
  entry: [
    // The bundles build/electronBuilds.ts writes: main, preload and the workers found beside main.js.
    'electron/main.ts!',
    'electron/preload.ts!',
    'electron/core/search/indexWorker.ts!',
    'electron/core/search/extractWorker.ts!',
    'electron/core/history/historyWorker.ts!',
    'electron/core/slides/tesseractWorker.cjs!',
    // The renderer's parse worker (`new Worker(new URL(…))`); knip finds renderer/main.tsx through
    // Vite's config, the CLI (bin/confnotes.js) and the preview server and test runner through
    // package.json's bin and scripts.
    'renderer/editor/markdown/parseWorker.ts!',
    // Build scripts, electron-builder's hooks and each bench test/bench/run.ts names.
    'build/*.{ts,cjs}',
    'test/bench/{search,export,import,importQuality,editor,app,history,slides}.ts',
    'test/bench/heapProbeWorker.ts',
    // Child processes the crash tests bundle and kill.
    'test/core/{history,library}/crash/*.ts',
  ],
  // An export only its own file uses is reported: the `export` goes.
  ignoreExportsUsedInFile: false,
  ignoreIssues: {
    // Stands in for the 'electron' module through vi.mock, which knip cannot follow: its exports
    // are the API the shell imports from 'electron'.
    'test/electron/fakeElectron.ts': ['exports', 'types'],
  },
  project: [
    '{electron,renderer,shared,bin}/**/*.{ts,tsx,js,cjs}!',
    '{build,test}/**/*.{ts,tsx,js,cjs}',
  ],
  ignoreDependencies: [
    // Resolved by name at run time (`@tesseract.js-data/${code}`, electron/core/slides/ocrFiles.ts)
    // and copied into the package by build/electron-builder.config.cjs.
    '@tesseract.js-data/eng',
    // Run as a program by build/checkImportCircles.ts (its bin file, found through require.resolve).
    'madge',
  ],
};

export default config;
