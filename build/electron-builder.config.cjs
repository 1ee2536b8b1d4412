// electron-builder configuration: `npm run dist` (see docs/packaging.md).
// The app ships only the bundles (dist-electron/ from build/buildElectron.ts,
// dist/renderer/ from Vite); their dependencies are bundled in, so no
// node_modules go into the package.

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
