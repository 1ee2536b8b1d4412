import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');

interface BuilderConfig {
  appId: string;
  afterPack: string;
  files: string[];
  linux: { target: string[]; icon: string };
  win: { target: string[] };
  mac: { target: string[] };
}
const config = require(path.join(root, 'build/electron-builder.config.cjs')) as BuilderConfig;
type AfterPack = (context: unknown) => Promise<void>;
const afterPack = require(path.join(root, config.afterPack)) as AfterPack;

describe('the electron-builder configuration', () => {
  it('builds the four installers under the app id', () => {
    expect(config.appId).toBe('app.confnotes.desktop');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('ships the bundles only, and a real icon', async () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/**/*', '!node_modules/**/*']),
    );
    const png = await readFile(path.join(root, config.linux.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});

describe('the afterPack hook', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  let appOutDir: string;
  let binary: string;

  beforeAll(async () => {
    appOutDir = await mkdtemp(path.join(os.tmpdir(), 'confnotes-fuses-'));
    binary = path.join(appOutDir, 'confnotes');
    // A stand-in Electron binary: the fuse wire after its sentinel, every fuse on.
    const wire = Buffer.concat([
      Buffer.from(SENTINEL),
      Buffer.from([1, 8]),
      Buffer.from('11111111'),
    ]);
    await writeFile(binary, Buffer.concat([Buffer.alloc(4096, 7), wire, Buffer.alloc(4096, 9)]));
  });
  afterAll(() => rm(appOutDir, { recursive: true, force: true }));

  it('flips the fuses issue 8 asks for in the packed binary', async () => {
    await afterPack({
      appOutDir,
      electronPlatformName: 'linux',
      arch: 1,
      packager: { appInfo: { productFilename: 'Confnotes' }, executableName: 'confnotes' },
    });
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
    const OFF = 48;
    const ON = 49;
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
  });
});
