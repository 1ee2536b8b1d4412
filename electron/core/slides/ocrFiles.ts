import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SlideLanguage } from '../../../shared/slides';

/**
 * Where the text reader's files are: Tesseract's worker script and
 * engine from the `tesseract.js` packages, each language's data from its
 * `@tesseract.js-data/<code>` package. All installed files: nothing is
 * ever downloaded (tesseract.js fetches from a CDN when not told
 * otherwise, which the reader never lets it do).
 */
export interface OcrFiles {
  /** tesseract.js's Node worker script. */
  workerPath: string;
  /** The folder holding `<code>.traineddata.gz` for a language, or null when its package is missing. */
  languageFolder(code: string): string | null;
}

/** Languages offered in Preferences; each is usable once its data package is installed. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  eng: 'English',
  fra: 'French',
  deu: 'German',
  spa: 'Spanish',
  ita: 'Italian',
  por: 'Portuguese',
  nld: 'Dutch',
  jpn: 'Japanese',
};

/**
 * The files as installed under `from` (a folder whose node_modules hold
 * the packages; by default, wherever this module resolves packages from).
 * Throws when tesseract.js itself is not installed.
 */
export function installedOcrFiles(from: string = import.meta.url): OcrFiles {
  const require = createRequire(from.startsWith('file:') ? from : path.join(from, 'index.js'));
  const workerPath = require.resolve('tesseract.js/src/worker-script/node/index.js');
  return {
    workerPath,
    languageFolder(code) {
      if (!/^[a-z_]{3,8}$/.test(code)) return null;
      let root: string;
      try {
        root = path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`));
      } catch {
        return null;
      }
      // The reader runs the LSTM engine only, whose "best_int" data loads faster than the default's.
      for (const folder of ['4.0.0_best_int', '4.0.0']) {
        const dir = path.join(root, folder);
        if (existsSync(path.join(dir, `${code}.traineddata.gz`))) return dir;
      }
      return null;
    },
  };
}

/** Every language Preferences offers, and whether its data is installed. */
export function slideLanguages(files: OcrFiles | null): SlideLanguage[] {
  return Object.entries(LANGUAGE_NAMES).map(([code, name]) => ({
    code,
    name,
    installed: files?.languageFolder(code) != null,
  }));
}
