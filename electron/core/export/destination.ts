import { randomBytes } from 'node:crypto';
import { lstat, mkdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix, resolve } from 'node:path';
import { CoreError } from '../errors';
import { resolveInside } from '../fs/containment';
import { nodeSaveFileSystem } from '../fs/fileSystem';

/**
 * The folder an export writes into, and the only way it writes. Every path is
 * destination-relative and checked: no `..`, no absolute paths, no symbolic
 * link anywhere between the destination and the file (a link could lead
 * outside). New files are created so that an existing one is never replaced
 * unless the caller says so, and never truncated either way.
 */
export class Destination {
  private readonly safeFolders = new Set<string>();
  private readonly absentFolders = new Set<string>();

  private constructor(readonly root: string) {}

  /**
   * The destination folder, created when `create` (a preview creates
   * nothing). The folder itself may be reached through a link the user chose.
   */
  static async open(folder: string, create: boolean): Promise<Destination> {
    if (!isAbsolute(folder)) {
      throw new CoreError(
        'invalid-input',
        `The export destination must be an absolute path, not ${folder}.`,
      );
    }
    if (create) await mkdir(folder, { recursive: true });
    const root = await realpath(folder).catch((error: NodeJS.ErrnoException) => {
      if (!create && error.code === 'ENOENT') return resolve(folder);
      throw error;
    });
    const info = await stat(root).catch(missing);
    if (info && !info.isDirectory()) {
      throw new CoreError(
        'invalid-input',
        `The export destination ${folder} is a file, not a folder.`,
      );
    }
    return new Destination(root);
  }

  /** The absolute path of a destination-relative path, refusing anything that climbs out. */
  resolve(relative: string): string {
    // Destination paths are the export's own, `/`-separated and relative: anything else is refused.
    const target =
      relative.includes('\\') || posix.isAbsolute(relative)
        ? undefined
        : resolveInside(this.root, relative.split('/'));
    if (relative.length === 0 || target === undefined || target === this.root) {
      throw new CoreError(
        'outside-library',
        `Refused: ${relative} would be written outside ${this.root}.`,
        relative,
      );
    }
    return target;
  }

  /** Whether a file is already at `relative`; throws when the way there is not plain folders. */
  async exists(relative: string): Promise<boolean> {
    const target = this.resolve(relative);
    if (!(await this.checkFolders(relative))) return false;
    const info = await lstat(target).catch(missing);
    if (!info) return false;
    if (info.isSymbolicLink()) throw symlinkError(relative);
    if (!info.isFile()) {
      throw new CoreError(
        'exists',
        `${relative} in ${this.root} is a folder, not a file; nothing was written.`,
        relative,
      );
    }
    return true;
  }

  /**
   * Writes `data` to `relative`. With `replace`, through a flushed temporary
   * file renamed over the old one, so a crash leaves the old bytes or the new
   * ones. Otherwise the file is created exclusively, failing rather than
   * replacing one that appeared since the check; it is not flushed (there is
   * nothing to lose, and 10,000 flushes would dominate a large export).
   */
  async write(relative: string, data: Uint8Array | string, replace: boolean): Promise<void> {
    const target = this.resolve(relative);
    await this.checkFolders(relative);
    const folder = dirname(target);
    if (!this.safeFolders.has(folder)) {
      await mkdir(folder, { recursive: true });
      // Made just now by us, so real folders: later files in them skip the checks.
      for (let f = folder; f.length > this.root.length; f = dirname(f)) this.safeFolders.add(f);
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (replace) {
      await replaceFile(target, bytes);
      return;
    }
    // A new file is created exclusively: if one appeared since the check, it is left alone.
    await writeFile(target, bytes, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') throw existsError([relative], this.root);
      throw error;
    });
  }

  /**
   * Every folder from the destination down to the file must be a real
   * folder, not a link. False when one does not exist yet (so neither does
   * the file); answers are remembered, as an export checks thousands of files.
   */
  private async checkFolders(relative: string): Promise<boolean> {
    const parts = posix.normalize(relative).split('/').slice(0, -1);
    let current = this.root;
    for (const [index, part] of parts.entries()) {
      current = join(current, part);
      if (this.safeFolders.has(current)) continue;
      if (this.absentFolders.has(current)) return false;
      const info = await lstat(current).catch(missing);
      if (!info) {
        this.absentFolders.add(current);
        return false;
      }
      if (info.isSymbolicLink()) throw symlinkError(parts.slice(0, index + 1).join('/'));
      if (!info.isDirectory()) {
        throw new CoreError(
          'exists',
          `${parts.slice(0, index + 1).join('/')} in ${this.root} is a file, not a folder.`,
        );
      }
      this.safeFolders.add(current);
    }
    return true;
  }
}

/** Temporary file beside the target, flushed, renamed over it: the old bytes or the new, never half. */
async function replaceFile(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(
    dirname(target),
    `.confnotes-export.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const file = await nodeSaveFileSystem.create(temporary);
    try {
      await file.write(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

/** The error for files that exist when `force` is off; names a few so the user can decide. */
export function existsError(paths: string[], root: string): CoreError {
  const shown = paths.slice(0, 5).join(', ');
  const more = paths.length > 5 ? ` and ${paths.length - 5} more` : '';
  return new CoreError(
    'exists',
    `${paths.length} file(s) already exist in ${root}: ${shown}${more}. Nothing was written; export again with force (--force) to replace them.`,
    paths[0],
  );
}

function symlinkError(relative: string): CoreError {
  return new CoreError(
    'outside-library',
    `Refused: ${relative} in the export destination is a symbolic link, which could lead outside it; nothing was written there.`,
    relative,
  );
}

function missing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT') return undefined;
  throw error;
}
