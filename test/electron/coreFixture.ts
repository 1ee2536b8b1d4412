import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCoreServices, type CoreServices } from '../../electron/core/services';

/** A real library and data folder in temp, with the real core services over them. */
export async function openTempCore(): Promise<{
  base: string;
  libraryRoot: string;
  dataDir: string;
  services: CoreServices;
  cleanup: () => Promise<void>;
}> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'confnotes-shell-'));
  const libraryRoot = path.join(base, 'library');
  const dataDir = path.join(base, 'data');
  const services = await createCoreServices({ libraryRoot, dataDir });
  return {
    base,
    libraryRoot,
    dataDir,
    services,
    cleanup: async () => {
      await services.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}
