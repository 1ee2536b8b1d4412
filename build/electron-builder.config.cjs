// electron-builder configuration: `npm run dist` (see docs/packaging.md).
// The app ships only the bundles (dist-electron/ from build/buildElectron.ts,
// dist/renderer/ from Vite); their dependencies are bundled in, so no
// node_modules go into the package.

/**
 * The slide reader (electron/core/slides/) runs Tesseract on a worker thread that loads
 * tesseract.js's worker script, its WebAssembly engine and the language data from files:
 * they travel as plain files in resources/ocr, not bundled (electron/main.ts passes the folder).
 * Add a language by adding its @tesseract.js-data package here and to package.json.
 */
const OCR_PACKAGES = [
  'tesseract.js',
  'tesseract.js-core',
  'wasm-feature-detect',
  'bmp-js',
  'is-url',
  'regenerator-runtime',
  '@tesseract.js-data/eng',
];

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.confnotes.desktop',
  productName: 'Confnotes',
  copyright: 'Copyright © Confnotes contributors',
  directories: { output: 'release', buildResources: 'build' },
  files: [
    'package.json',
    'dist/renderer/**/*',
    'dist-electron/**/*',
    '!**/*.map',
    '!node_modules/**/*',
  ],
  asar: true,
  extraResources: [
    { from: 'electron/core/slides/tesseractWorker.cjs', to: 'ocr/tesseractWorker.cjs' },
    ...OCR_PACKAGES.map((name) => ({
      from: `node_modules/${name}`,
      to: `ocr/node_modules/${name}`,
    })),
  ],
  afterPack: './build/afterPack.cjs',
  icon: 'build/icons/icon.png',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons/icon.png',
    synopsis: 'Conference notes you can find again',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'] },
  win: { target: ['nsis'], icon: 'build/icons/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icons/icon.png',
    hardenedRuntime: true,
  },
  dmg: { title: 'Confnotes' },
};
