import * as fsp from 'node:fs/promises';

/**
 * The file operations a save goes through. Injectable so tests can fail each
 * one in turn (the fault-point sweep) and prove no save ever damages a file.
 */
interface WritableFile {
  write(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface SaveFileSystem {
  /** Opens a new file for writing; fails if it exists. */
  create(path: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  /** Flushes a folder's entries (the rename) to disk. */
  syncFolder(path: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeSaveFileSystem: SaveFileSystem = {
  async create(path) {
    const handle = await fsp.open(path, 'wx', 0o644);
    return {
      async write(data) {
        let offset = 0;
        while (offset < data.length) {
          const { bytesWritten } = await handle.write(data, offset, data.length - offset);
          offset += bytesWritten;
        }
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fsp.rename(from, to),
  async syncFolder(path) {
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(path, 'r');
      await handle.sync();
    } catch (error) {
      // Windows cannot open or fsync a folder; its rename is already durable enough there.
      const code = (error as NodeJS.ErrnoException).code;
      if (process.platform !== 'win32' || (code !== 'EISDIR' && code !== 'EPERM')) throw error;
    } finally {
      await handle?.close();
    }
  },
  unlink: (path) => fsp.unlink(path),
};
