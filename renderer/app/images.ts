import { api } from '../api';
import type { SavableNote } from './useAutosave';

/**
 * A note's image `src` as a URL the window can load: library images go
 * through main's asset route (which refuses anything outside the library);
 * data: and blob: URLs (a paste not yet stored) load as they are.
 */
export function imageUrl(assetUrl: string, noteId: string, src: string): string {
  if (/^(data|blob):/i.test(src)) return src;
  return `${assetUrl}${noteId}/${encodeURIComponent(src)}`;
}

/** Reads a file's bytes as base64, the form saveAsset takes over IPC and HTTP alike. */
async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with millions of arguments overflows the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

/** Stores pasted or dropped images of a talk under its conference's `assets/`. */
export function imageSaver(note: SavableNote): (file: File) => Promise<{ src: string }> {
  return async (file) => {
    if (note.entity !== 'talk') {
      throw new Error('Images belong to talks: open a talk to paste a photo of a slide.');
    }
    const fileName = file.name || `pasted.${file.type.split('/')[1] ?? 'png'}`;
    return api().library.saveAsset({
      talkId: note.id,
      fileName,
      dataBase64: await fileToBase64(file),
    });
  };
}
