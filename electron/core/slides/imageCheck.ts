/**
 * Whether an image is worth reading, from its bytes alone (its name may
 * lie): a format Tesseract decodes, not so small it cannot hold readable
 * text, not so large that reading it would take minutes and gigabytes.
 */

/**
 * Bigger files are not read: a slide photo is a few MB; 20 MB is a raw or a
 * panorama. Lower than the bound on what a note may hold
 * (MAX_NOTE_IMAGE_BYTES, shared/noteImages.ts) on purpose: this one bounds
 * the time and memory OCR spends on one image, not what the note keeps.
 */
export const MAX_OCR_IMAGE_BYTES = 20 * 1024 * 1024;
/** Bigger images are skipped: 40 MP is past any phone camera's photo. */
const MAX_IMAGE_PIXELS = 40_000_000;
/** Smaller images are skipped: an icon or a thumbnail holds no readable slide text. */
const MIN_IMAGE_SIDE = 48;
const MIN_IMAGE_PIXELS = 16_000;

type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp';

export type ImageCheck =
  { ok: true; format: ImageFormat; width: number; height: number } | { ok: false; reason: string };

export function checkImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length > MAX_OCR_IMAGE_BYTES)
    return skip(
      `larger than ${MAX_OCR_IMAGE_BYTES / 1024 / 1024} MB (${megabytes(bytes.length)} MB)`,
    );
  const found = sniff(bytes);
  if (!found) return skip(notAnImage(bytes));
  if ('unsupported' in found) return skip(`${found.unsupported} images are not read`);
  const { format, width, height } = found;
  if (!(width > 0 && height > 0))
    return skip(`not a readable ${format} image (no size in its header)`);
  const pixels = width * height;
  if (pixels > MAX_IMAGE_PIXELS)
    return skip(
      `too large to read (${width}×${height}, over ${MAX_IMAGE_PIXELS / 1e6} megapixels)`,
    );
  if (width < MIN_IMAGE_SIDE || height < MIN_IMAGE_SIDE || pixels < MIN_IMAGE_PIXELS)
    return skip(`too small to hold readable text (${width}×${height})`);
  return { ok: true, format, width, height };
}

type Sniffed =
  { format: ImageFormat; width: number; height: number } | { unsupported: string } | null;

function sniff(b: Uint8Array): Sniffed {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const ascii = (at: number, text: string) =>
    b.length >= at + text.length && [...text].every((c, i) => b[at + i] === c.charCodeAt(0));
  if (b.length >= 24 && b[0] === 0x89 && ascii(1, 'PNG') && ascii(12, 'IHDR'))
    return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpegSize(b, view);
  if ((ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) && b.length >= 10)
    return { format: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP') && b.length >= 30) return webpSize(b, view);
  if (ascii(0, 'BM') && b.length >= 26)
    return {
      format: 'bmp',
      width: Math.abs(view.getInt32(18, true)),
      height: Math.abs(view.getInt32(22, true)),
    };
  if (ascii(4, 'ftypavif') || ascii(4, 'ftypheic') || ascii(4, 'ftypmif1'))
    return { unsupported: 'AVIF and HEIC' };
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(textStart(b)))
    return { unsupported: 'SVG (vector)' };
  return null;
}

/** A JPEG's size, from its first start-of-frame marker. */
function jpegSize(b: Uint8Array, view: DataView): Sniffed {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return { format: 'jpeg', width: 0, height: 0 };
    const marker = b[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = view.getUint16(at + 2);
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { format: 'jpeg', width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + length;
  }
  return { format: 'jpeg', width: 0, height: 0 };
}

/** A WebP's size, from its lossy (VP8), lossless (VP8L) or extended (VP8X) header. */
function webpSize(b: Uint8Array, view: DataView): Sniffed {
  const chunk = String.fromCharCode(b[12], b[13], b[14], b[15]);
  if (chunk === 'VP8 ')
    return {
      format: 'webp',
      width: view.getUint16(26, true) & 0x3fff,
      height: view.getUint16(28, true) & 0x3fff,
    };
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const width = 1 + (b[24] | (b[25] << 8) | (b[26] << 16));
    const height = 1 + (b[27] | (b[28] << 8) | (b[29] << 16));
    return { format: 'webp', width, height };
  }
  return { format: 'webp', width: 0, height: 0 };
}

function notAnImage(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'an empty file';
  return 'not an image (not PNG, JPEG, GIF, WebP or BMP)';
}

function textStart(b: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 512));
}

function skip(reason: string): ImageCheck {
  return { ok: false, reason };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
