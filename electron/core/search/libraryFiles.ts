import { statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolveInside } from '../fs/containment';
import { INDEX_VERSION } from './indexConfig';

/**
 * The library's files as the index sees them: where a talk's file is (never
 * outside the library) and which version of it the index last read.
 */
export class LibraryFiles {
  constructor(private readonly root: string) {}

  /** The absolute path of a library file; never outside the library, whatever the path says. */
  file(relative: string): string {
    const absolute = resolveInside(this.root, [relative]);
    if (absolute === undefined) throw new Error(`${relative} is outside the library`);
    return absolute;
  }

  /** The file's version (`fingerprintOf`), or null when it cannot be read. */
  async fingerprint(relative: string): Promise<string | null> {
    try {
      return fingerprintOf(await stat(this.file(relative)));
    } catch {
      return null;
    }
  }

  /**
   * As `fingerprint`, without leaving the thread: when the thread has
   * nothing else to do meanwhile, a trip through libuv's thread pool (busy
   * with the main process's own file work) costs more than the stat.
   */
  fingerprintNow(relative: string): string | null {
    try {
      return fingerprintOf(statSync(this.file(relative)));
    } catch {
      return null;
    }
  }
}

/**
 * A file's version as the index tells it. The index version is part of it:
 * a new way of extracting text invalidates stored texts.
 */
function fingerprintOf(info: Stats): string {
  return `${INDEX_VERSION}:${info.mtimeMs}:${info.size}`;
}
