import Tesseract from 'tesseract.js';
import type { OcrFiles } from './ocrFiles';

/** Words Tesseract is less sure of than this (0–100) are noise: texture, a face, a chart's lines. */
const MIN_WORD_CONFIDENCE = 60;

/** What the reader finds in one image. */
interface Recognized {
  /** The words read, a line of the image per line; empty when it holds no text. */
  text: string;
  /** Tesseract's mean confidence over the page (0–100). */
  confidence: number;
}

/** Reads the text in images, one at a time; `abort` stops the image being read at once. */
export interface OcrEngine {
  recognize(image: Uint8Array): Promise<Recognized>;
  /** Stops now: the image being read (if any) fails with AbortedError, and the engine's thread ends. */
  abort(): Promise<void>;
  close(): Promise<void>;
}

/** The image was not read to the end: the user started typing, or the reader closed. */
export class AbortedError extends Error {
  constructor() {
    super('Reading the image was stopped');
    this.name = 'AbortedError';
  }
}

/** The reader itself failed (its thread or data would not load): no image's fault. */
export class EngineError extends Error {
  constructor(text: string) {
    super(text);
    this.name = 'EngineError';
  }
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/^Error:\s*/, '');
}

/**
 * Tesseract (tesseract.js, its LSTM engine) on a worker thread of its own,
 * started on first use and again after an abort. Language data comes from
 * the installed packages (ocrFiles.ts) and nothing is cached or fetched:
 * `cacheMethod: 'none'`, and the worker script refuses to fetch.
 */
class TesseractEngine implements OcrEngine {
  private worker: Promise<Tesseract.Worker> | null = null;
  private rejectRunning: ((error: Error) => void) | null = null;
  private aborts = 0;

  constructor(
    private readonly files: OcrFiles,
    private readonly languages: readonly string[],
    private readonly workerScript: string,
  ) {}

  async recognize(image: Uint8Array): Promise<Recognized> {
    // An abort while this call waits (for the thread to start, or the image) ends it as aborted.
    const generation = this.aborts;
    const aborted = () => this.aborts !== generation;
    let worker: Tesseract.Worker;
    try {
      worker = await (this.worker ??= this.start());
    } catch (error) {
      if (aborted()) throw new AbortedError();
      this.worker = null;
      throw new EngineError(`The text reader could not start: ${message(error)}`);
    }
    if (aborted()) throw new AbortedError();
    try {
      const { data } = await new Promise<Tesseract.RecognizeResult>((resolve, reject) => {
        this.rejectRunning = reject;
        worker
          .recognize(Buffer.from(image), {}, { text: true, blocks: true })
          .then(resolve, reject);
      }).finally(() => (this.rejectRunning = null));
      return { text: confidentText(data.blocks ?? []), confidence: data.confidence };
    } catch (error) {
      if (error instanceof AbortedError || aborted()) throw new AbortedError();
      throw new Error(`Tesseract could not read the image: ${message(error)}`);
    }
  }

  async abort(): Promise<void> {
    this.aborts++;
    const worker = this.worker;
    this.worker = null;
    this.rejectRunning?.(new AbortedError());
    // Terminating the thread stops the engine mid-image: no CPU is spent past this point.
    await worker?.then((w) => w.terminate()).catch(() => {});
  }

  close(): Promise<void> {
    return this.abort();
  }

  private async start(): Promise<Tesseract.Worker> {
    const folders: Record<string, string> = {};
    for (const code of this.languages) {
      const folder = this.files.languageFolder(code);
      if (!folder) throw new Error(`The language data for ${code} is not installed`);
      folders[code] = folder;
    }
    return Tesseract.createWorker([...this.languages], Tesseract.OEM.LSTM_ONLY, {
      workerPath: this.workerScript,
      langPath: `tessdata:${JSON.stringify(folders)}`,
      gzip: true,
      cacheMethod: 'none',
      // Without a handler tesseract.js throws a failed image's error out of the thread, uncaught.
      errorHandler: () => {},
    });
  }
}

/** The lines of the page, each with only the words read confidently. */
function confidentText(blocks: Tesseract.Block[]): string {
  const lines: string[] = [];
  for (const block of blocks)
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines) {
        const words = line.words
          .filter((w) => w.confidence >= MIN_WORD_CONFIDENCE && /[\p{L}\p{N}]/u.test(w.text))
          .map((w) => w.text);
        if (words.length > 0) lines.push(words.join(' '));
      }
  return lines.join('\n');
}

/** Tesseract with the reader's worker script (tesseractWorker.cjs, found with the other files). */
export function createTesseractEngine(files: OcrFiles, languages: readonly string[]): OcrEngine {
  return new TesseractEngine(files, languages, files.workerScript);
}
