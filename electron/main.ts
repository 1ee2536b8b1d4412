import { app, dialog, protocol } from 'electron';
import ElectronStore from 'electron-store';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoreServices } from './core/services';
import { startShell } from './shell/appShell';
import { resolveLibraryPath } from './shell/libraryPath';
import { registerPrivilegedSchemes } from './shell/protocols';
import { SettingsFile } from './shell/settingsFile';

/**
 * The Electron entry point, kept thin: one instance, schemes registered
 * before ready, then paths decided here and handed to the shell.
 * Bundled to dist-electron/main.js by build/buildElectron.ts.
 */
registerPrivilegedSchemes(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dataDir = app.getPath('userData');
  const settings = new SettingsFile(dataDir, ElectronStore);
  const library = resolveLibraryPath({
    argv: process.argv.slice(1),
    env: process.env,
    saved: settings.get('libraryPath'),
    documentsDir: app.getPath('documents'),
    cwd: process.cwd(),
  });
  try {
    await startShell({
      libraryRoot: library.path,
      dataDir,
      settings,
      rendererDir: path.join(app.getAppPath(), 'dist', 'renderer'),
      preloadPath: path.join(here, 'preload.cjs'),
      // The packaged app carries the text reader's files in resources/ocr (build/electron-builder.config.cjs).
      createServices: (options) =>
        createCoreServices({
          ...options,
          ocrRoot:
            app.isPackaged && typeof process.resourcesPath === 'string'
              ? path.join(process.resourcesPath, 'ocr')
              : undefined,
        }),
    });
  } catch (error) {
    dialog.showErrorBox(
      'Confnotes could not start',
      `The library at ${library.path} could not be opened:\n${error instanceof Error ? error.message : String(error)}\n\nStart Confnotes with --library DIR to open another folder.`,
    );
    app.exit(1);
  }
}
