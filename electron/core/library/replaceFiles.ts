import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { atomicWrite } from '../fs/atomicWrite';
import type { SaveFileSystem } from '../fs/fileSystem';
import { conflictName } from './conflictFiles';
import { insideLibrary } from './fileNames';

/**
 * A whole file another layer hands the library (history: a restored
 * version, the other side's notes after a sync). `expected` is the git blob
 * id the caller believes is on disk (null: no file); when the disk holds
 * something else, the user wrote since, and their file is not touched.
 */
export interface FileReplacement {
  path: string;
  bytes: Uint8Array | null;
  expected?: string | null;
}

export interface ReplaceOutcome {
  /** Paths now holding the bytes given (or removed). */
  replaced: string[];
  /** Paths left as they were, because they changed since; their new text went to `keptBeside`. */
  kept: string[];
  /** Conflict copies written beside kept notes, holding the text that could not replace them. */
  keptBeside: string[];
}

/** The id git gives a file's bytes (`git hash-object`), to compare the disk with a commit. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Writes each file atomically, or leaves it and keeps the new text beside it. Nothing is lost. */
export async function replaceFiles(
  root: string,
  files: FileReplacement[],
  fs: SaveFileSystem,
  now: Date,
): Promise<ReplaceOutcome> {
  const outcome: ReplaceOutcome = { replaced: [], kept: [], keptBeside: [] };
  for (const file of files) {
    const target = insideLibrary(root, file.path);
    const current = await readFile(target).catch(() => null);
    const onDisk = current ? gitBlobId(current) : null;
    if (file.expected !== undefined && onDisk !== file.expected) {
      const incoming = file.bytes ? gitBlobId(file.bytes) : null;
      // Already what was asked (a sync cut short after writing it): done, not kept.
      if (incoming === onDisk) {
        outcome.replaced.push(file.path);
        continue;
      }
      outcome.kept.push(file.path);
      if (file.bytes) {
        const beside = await freeBeside(root, file.path, now);
        await atomicWrite(insideLibrary(root, beside), file.bytes, fs);
        outcome.keptBeside.push(beside);
      }
      continue;
    }
    if (file.bytes) {
      await mkdir(dirname(target), { recursive: true });
      await atomicWrite(target, file.bytes, fs);
    } else if (current) {
      await unlink(target);
    }
    outcome.replaced.push(file.path);
  }
  return outcome;
}

/**
 * `name (conflict …).ext` beside `path`, for notes and images alike, with
 * `-2`, `-3`… when that name is taken (in `taken`, or on disk for
 * freeBeside).
 */
export function besideName(path: string, at: Date, taken: (path: string) => boolean): string {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  const copy = conflictName(`${stem}.md`, at).replace(/\.md$/, '');
  let candidate = `${folder}${copy}${ext}`;
  // The number goes inside the parentheses, where conflictOriginal still recognises the copy.
  for (let n = 2; taken(candidate); n++) candidate = `${folder}${copy.slice(0, -1)} ${n})${ext}`;
  return candidate;
}

async function freeBeside(root: string, path: string, at: Date): Promise<string> {
  const onDisk = new Set<string>();
  for (let n = 1; n < 100; n++) {
    const candidate = besideName(path, at, (p) => onDisk.has(p));
    if (!(await stat(insideLibrary(root, candidate)).catch(() => null))) return candidate;
    onDisk.add(candidate);
  }
  return besideName(path, at, (p) => onDisk.has(p));
}
