import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { SlidesService } from '../../../electron/core/slides/slidesService';
import { tempDir } from '../../helpers/tempLibrary';

describe('the languages slides are read in', () => {
  it('offers the installed language packages only, and keeps the choice in the data folder', async () => {
    const library = await FileLibrary.open(await tempDir());
    const dataDir = await tempDir();
    const slides = new SlidesService({ library, dataDir });
    await slides.open();
    const choices = slides.languageChoices();
    expect(choices.find((l) => l.code === 'eng')).toEqual({
      code: 'eng',
      name: 'English',
      installed: true,
    });
    // Only English ships as a package today; the others are listed as not installed.
    expect(choices.find((l) => l.code === 'fra')).toEqual({
      code: 'fra',
      name: 'French',
      installed: false,
    });
    expect(slides.status().languages).toEqual(['eng']);

    await expect(slides.setLanguages(['eng', 'fra'])).rejects.toThrow(
      'No installed language data for fra',
    );
    expect(slides.status().languages).toEqual(['eng']);
    await slides.setLanguages(['eng']);
    const saved = JSON.parse(
      await readFile(path.join(dataDir, 'slides', 'languages.json'), 'utf8'),
    ) as unknown;
    expect(saved).toEqual({ languages: ['eng'] });
    await slides.close();
  });

  it('says the reader is unavailable when its files are missing, and reads nothing', async () => {
    const library = await FileLibrary.open(await tempDir());
    const slides = new SlidesService({ library, dataDir: await tempDir(), files: null });
    await slides.open();
    expect(slides.status()).toMatchObject({
      state: 'unavailable',
      message: 'The text reader (tesseract.js) is not installed',
    });
    expect(await slides.drain()).toMatchObject({ state: 'unavailable', done: 0 });
    await slides.close();
  });
});
