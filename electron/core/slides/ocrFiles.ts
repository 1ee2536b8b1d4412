import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SlideLanguage } from '../../../shared/slides';

/**
 * Where the text reader's files are: Tesseract's worker script and
 * engine from the `tesseract.js` packages, each language's data from its
 * `@tesseract.js-data/<code>` package. All installed files: nothing is
 * ever downloaded (tesseract.js fetches from a CDN when not told
 * otherwise, which the reader never lets it do).
 */
export interface OcrFiles {
  /** The reader's worker script (tesseractWorker.cjs), which loads tesseract.js's own. */
  workerScript: string;
  /** The folder holding `<code>.traineddata.gz` for a language, or null when its package is missing. */
  languageFolder(code: string): string | null;
}

/** Languages offered in Preferences; each is usable once its data package is installed. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
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
 * The files as installed under `root` (a folder holding tesseractWorker.cjs
 * and a node_modules with the packages: the packaged app's resources/ocr);
 * by default, this module's folder and the packages it resolves. Throws
 * when tesseract.js itself is not installed.
 */
export function installedOcrFiles(root?: string): OcrFiles {
  const require = createRequire(root ? path.join(root, 'index.js') : import.meta.url);
  // Its worker script must be there: the reader's script loads it.
  require.resolve('tesseract.js/src/worker-script/node/index.js');
  const workerScript = root
    ? path.join(root, 'tesseractWorker.cjs')
    : fileURLToPath(new URL('./tesseractWorker.cjs', import.meta.url));
  return {
    workerScript,
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

/** As installedOcrFiles, or null when tesseract.js is missing there (the reader is then unavailable). */
export function installedOcrFilesOrNull(root?: string): OcrFiles | null {
  try {
    return installedOcrFiles(root);
  } catch {
    return null;
  }
}

/** Every language Preferences offers, and whether its data is installed. */
export function slideLanguages(files: OcrFiles | null): SlideLanguage[] {
  return Object.entries(LANGUAGE_NAMES).map(([code, name]) => ({
    code,
    name,
    installed: files?.languageFolder(code) != null,
  }));
}
