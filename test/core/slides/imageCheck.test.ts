import { describe, expect, it } from 'vitest';
import { checkImage, MAX_OCR_IMAGE_BYTES } from '../../../electron/core/slides/imageCheck';

/** A PNG signature and IHDR claiming this size (the check reads headers only). */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 0);
  bytes.set(
    [...'IHDR'].map((c) => c.charCodeAt(0)),
    12,
  );
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

/** A JPEG with an APP0 segment, then a baseline start-of-frame of this size. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46];
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 3];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof, ...new Array<number>(12).fill(0)]);
}

const text = (value: string) => new TextEncoder().encode(value);

describe('which images are read', () => {
  it('reads slide-sized images, whatever their format, from their headers', () => {
    expect(checkImage(pngHeader(1280, 720))).toEqual({
      ok: true,
      format: 'png',
      width: 1280,
      height: 720,
    });
    expect(checkImage(jpegHeader(4032, 3024))).toEqual({
      ok: true,
      format: 'jpeg',
      width: 4032,
      height: 3024,
    });
  });

  it('skips, saying why: too small, too large, too many bytes, not an image, a format not read', () => {
    expect(checkImage(pngHeader(32, 32))).toEqual({
      ok: false,
      reason: 'too small to hold readable text (32×32)',
    });
    expect(checkImage(pngHeader(400, 30))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^too small/),
    });
    expect(checkImage(pngHeader(10_000, 8_000))).toEqual({
      ok: false,
      reason: 'too large to read (10000×8000, over 40 megapixels)',
    });
    const huge = new Uint8Array(MAX_OCR_IMAGE_BYTES + 1);
    huge.set(pngHeader(1280, 720));
    expect(checkImage(huge)).toEqual({ ok: false, reason: 'larger than 20 MB (20.0 MB)' });
    expect(checkImage(text('# notes, not a photo'))).toEqual({
      ok: false,
      reason: 'not an image (not PNG, JPEG, GIF, WebP or BMP)',
    });
    expect(checkImage(new Uint8Array())).toEqual({ ok: false, reason: 'an empty file' });
    expect(
      checkImage(text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toEqual({
      ok: false,
      reason: 'SVG (vector) images are not read',
    });
    const avif = new Uint8Array(32);
    avif.set(text('ftypavif'), 4);
    expect(checkImage(avif)).toEqual({ ok: false, reason: 'AVIF and HEIC images are not read' });
    expect(checkImage(jpegHeader(0, 0))).toEqual({
      ok: false,
      reason: 'not a readable jpeg image (no size in its header)',
    });
  });
});
