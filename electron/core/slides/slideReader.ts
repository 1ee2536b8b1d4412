import type { SlideLanguage } from '../../../shared/slides';
import { CoreError } from '../errors';
import { loadLanguages, saveLanguages } from './languagePreference';
import { createTesseractEngine, type OcrEngine } from './ocrEngine';
import { installedOcrFilesOrNull, slideLanguages, type OcrFiles } from './ocrFiles';

export type EngineFactory = (files: OcrFiles, languages: string[]) => OcrEngine;

/**
 * The text reader and the languages it reads in: the installed files
 * (looked up once), the languages chosen (kept in the slides folder), and
 * one engine, made on first use and closed when the languages change.
 */
export class SlideReader {
  languages: string[] = ['eng'];
  private engine: OcrEngine | null = null;

  constructor(
    /** Where the chosen languages are kept. */
    private readonly folder: string,
    private files: OcrFiles | null | undefined,
    private readonly makeEngine: EngineFactory = createTesseractEngine,
  ) {}

  /**
   * Reads the languages chosen before, keeping those installed; the reason
   * it cannot read, or null when it can.
   */
  async load(): Promise<string | null> {
    const files = this.installed();
    const chosen = (await loadLanguages(this.folder)) ?? ['eng'];
    this.languages = chosen.filter((code) => files?.languageFolder(code));
    if (!files) return 'The text reader (tesseract.js) is not installed';
    if (this.languages.length === 0) return `No installed language data for ${chosen.join(', ')}`;
    return null;
  }

  choices(): SlideLanguage[] {
    return slideLanguages(this.installed());
  }

  /** Reads in these languages from now on (kept for the next start); refuses any not installed. */
  async setLanguages(codes: string[]): Promise<void> {
    const files = this.installed();
    const missing = codes.filter((code) => !files?.languageFolder(code));
    if (codes.length === 0 || missing.length > 0)
      throw new CoreError(
        'invalid-input',
        `No installed language data for ${missing.join(', ') || 'no language'}`,
      );
    await saveLanguages(this.folder, codes);
    await this.close();
    this.languages = [...codes];
  }

  /** What a reading is kept under: the image's content hash and the languages read in. */
  keyOf(hash: string): string {
    return `${hash}:${this.languages.join('+')}`;
  }

  /** The engine, made on first use (call only once `load` found the reader available). */
  get(): OcrEngine {
    this.engine ??= this.makeEngine(this.installed()!, this.languages);
    return this.engine;
  }

  /** Stops the image being read now (the reading fails with AbortedError). */
  abort(): void {
    void this.engine?.abort();
  }

  async close(): Promise<void> {
    await this.engine?.close();
    this.engine = null;
  }

  private installed(): OcrFiles | null {
    if (this.files === undefined) this.files = installedOcrFilesOrNull();
    return this.files;
  }
}
