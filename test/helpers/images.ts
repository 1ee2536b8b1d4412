/**
 * A small file the export accepts as a PNG: the PNG signature, then a label
 * that tells test images apart. The export copies only files whose first
 * bytes say image (electron/core/export/imageFiles.ts).
 */
export function fakePng(label: string): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(label),
  ]);
}
