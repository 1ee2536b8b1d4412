import { cp, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTesseractEngine } from '../../../electron/core/slides/ocrEngine';
import { installedOcrFiles } from '../../../electron/core/slides/ocrFiles';
import { FIXTURE_SLIDES, SlideCamera, slideHtml } from '../../helpers/slideImages';
import { tempDir } from '../../helpers/tempLibrary';

const root = path.resolve(import.meta.dirname, '../../..');
const config = createRequire(import.meta.url)(
  path.join(root, 'build/electron-builder.config.cjs'),
) as { extraResources: Array<{ from: string; to: string }> };

describe('the slide reader in the packaged app', () => {
  it('reads a slide from resources/ocr laid out as electron-builder copies it, with nothing else', async () => {
    const resources = await tempDir();
    for (const { from, to } of config.extraResources) {
      await mkdir(path.dirname(path.join(resources, to)), { recursive: true });
      // Copies, not links: a link would let Node find missing packages in this checkout.
      await cp(path.join(root, from), path.join(resources, to), { recursive: true });
    }
    const files = installedOcrFiles(path.join(resources, 'ocr'));
    expect(files.workerScript).toBe(path.join(resources, 'ocr', 'tesseractWorker.cjs'));
    expect(files.languageFolder('eng')).toMatch(
      /^.*\/ocr\/node_modules\/@tesseract\.js-data\/eng\//,
    );
    expect(files.languageFolder('fra')).toBeNull();

    const camera = await SlideCamera.open();
    const image = await camera.shoot(slideHtml(FIXTURE_SLIDES[3]));
    await camera.close();
    const engine = createTesseractEngine(files, ['eng']);
    try {
      expect((await engine.recognize(image)).text).toContain('Observability is not monitoring');
    } finally {
      await engine.close();
    }
  });
});
