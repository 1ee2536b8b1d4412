import { readFile } from 'node:fs/promises';
import { checkImage } from './imageCheck';
import { AbortedError, EngineError, type OcrEngine } from './ocrEngine';
import type { StoredReading } from './slideStore';

/**
 * Reads one image file: its text, or why it is skipped (not an image, too
 * small or large, not decodable). Throws AbortedError when the reading was
 * stopped (the user typed) and EngineError when the reader itself failed:
 * neither is the image's fault, and it stays to be read.
 */
export async function readImage(file: string, engine: () => OcrEngine): Promise<StoredReading> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { skipped: 'the file could not be read' };
  }
  const check = checkImage(bytes);
  if (!check.ok) return { skipped: check.reason };
  const reader = engine();
  try {
    return { text: (await reader.recognize(bytes)).text };
  } catch (error) {
    if (error instanceof AbortedError || error instanceof EngineError) throw error;
    // The engine may be left broken by a bad image: it starts afresh for the next.
    await reader.abort();
    const text = (error instanceof Error ? error.message : String(error)).replace(/^Error:\s*/, '');
    return { skipped: `not a readable ${check.format} image (${text.slice(0, 120)})` };
  }
}
