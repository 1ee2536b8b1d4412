import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { ImportInputError } from './importError';
import { detectFormat, EXTENSION_HINTS, type SourceKind } from './detectFormat';
import type { SkippedItem } from './types';

/**
 * Finds and reads the files an import was given: files as they are, folders
 * walked (hidden folders such as `.obsidian` and `.git` left out). Every file
 * that cannot be read as text is reported and the rest go on.
 */

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** The folder the user named (or the file's own folder): images must come from inside it. */
  root: string;
  kind: SourceKind;
  text: string;
}

/** Larger than any note anyone writes; a 50 MB "note" is a mistake or an attack. */
const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
const MAX_FILES = 50_000;

/** Files a notes folder holds besides notes: used by the notes, not imported on their own. */
const QUIET = /\.(png|jpe?g|gif|webp|svg|avif|bmp|ico|css|js|json|ya?ml|toml|pdf|DS_Store)$/i;

export async function findSources(
  paths: string[],
  skipped: SkippedItem[],
): Promise<Array<{ path: string; root: string }>> {
  const found: Array<{ path: string; root: string }> = [];
  for (const given of paths) {
    const path = resolve(given);
    const info = await lstat(path).catch(() => null);
    if (!info) skipped.push({ source: given, reason: 'no such file or folder' });
    else if (info.isDirectory()) await walk(path, path, found, skipped);
    else found.push({ path, root: resolve(path, '..') });
    if (found.length > MAX_FILES) {
      throw new ImportInputError(
        given,
        `more than ${MAX_FILES} files to import; import fewer folders at a time`,
      );
    }
  }
  return found;
}

async function walk(
  folder: string,
  root: string,
  found: Array<{ path: string; root: string }>,
  skipped: SkippedItem[],
): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, root, found, skipped);
    else if (entry.isSymbolicLink())
      skipped.push({
        source: path,
        reason: 'a symbolic link; import the file it points to instead',
      });
    else if (EXTENSION_HINTS[extname(entry.name).toLowerCase()]) found.push({ path, root });
    else if (!QUIET.test(entry.name))
      skipped.push({
        source: path,
        reason: 'not a note (Markdown, AsciiDoc, org, text, HTML or a feed)',
      });
    if (found.length > MAX_FILES) return;
  }
}

/** Reads one file as UTF-8 text, or says why it is not a note. */
export async function readSourceFile(file: {
  path: string;
  root: string;
}): Promise<SourceFile | SkippedItem> {
  const info = await stat(file.path).catch(() => null);
  if (!info?.isFile()) return { source: file.path, reason: 'not a regular file' };
  if (info.size > MAX_SOURCE_BYTES) {
    return {
      source: file.path,
      reason: `the file is ${megabytes(info.size)}; notes larger than ${megabytes(MAX_SOURCE_BYTES)} are not imported`,
    };
  }
  const bytes = await readFile(file.path);
  if (bytes.subarray(0, 8192).includes(0))
    return { source: file.path, reason: 'binary data, not a text file' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { source: file.path, reason: 'not UTF-8 text (binary data or another encoding)' };
  }
  if (text.includes('\u0000')) return { source: file.path, reason: 'binary data, not a text file' };
  const kind = detectFormat(text, EXTENSION_HINTS[extname(file.path).toLowerCase()]);
  return { ...file, kind, text };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
