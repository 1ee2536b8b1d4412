import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toErrorData } from '../../../electron/handlers/dispatch';
import { nodeSaveFileSystem, type SaveFileSystem } from '../../../electron/core/fs/fileSystem';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { tempDir } from '../../helpers/tempLibrary';

type Operation = 'create' | 'write' | 'sync' | 'close' | 'rename' | 'syncFolder';
const OPERATIONS: Operation[] = ['create', 'write', 'sync', 'close', 'rename', 'syncFolder'];
const ERRORS = ['EIO', 'ENOSPC', 'EACCES'] as const;

function fail(code: string): Error {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** A file system whose `operation` fails with `code`: once, or every time. */
function faulty(
  operation: Operation,
  code: string,
  persistent: boolean,
): SaveFileSystem & { failures: number } {
  let armed = true;
  const fs = {
    failures: 0,
    maybeFail(op: Operation) {
      if (op !== operation || !armed) return;
      if (!persistent) armed = false;
      fs.failures++;
      throw fail(code);
    },
    async create(path: string) {
      fs.maybeFail('create');
      const file = await nodeSaveFileSystem.create(path);
      return {
        write: async (data: Uint8Array) => {
          // A failing write may already have put half the bytes down: do that, then fail.
          if (operation === 'write' && armed) await file.write(data.slice(0, data.length >> 1));
          fs.maybeFail('write');
          await file.write(data);
        },
        sync: async () => {
          fs.maybeFail('sync');
          await file.sync();
        },
        close: async () => {
          await file.close();
          fs.maybeFail('close');
        },
      };
    },
    async rename(from: string, to: string) {
      fs.maybeFail('rename');
      await nodeSaveFileSystem.rename(from, to);
    },
    async syncFolder(path: string) {
      fs.maybeFail('syncFolder');
      await nodeSaveFileSystem.syncFolder(path);
    },
    unlink: (path: string) => nodeSaveFileSystem.unlink(path),
  };
  return fs;
}

describe('fault-point sweep over a save', () => {
  const cases = OPERATIONS.flatMap((operation) =>
    ERRORS.flatMap((code) => [false, true].map((persistent) => ({ operation, code, persistent }))),
  );

  it.each(cases)(
    '$operation fails with $code (persistent: $persistent): old or new bytes, user told',
    async ({ operation, code, persistent }) => {
      const root = await tempDir();
      const setup = await FileLibrary.open(root);
      const conference = await setup.createConference({ title: 'Conf' });
      const created = await setup.createTalk(conference.id, { title: 'Talk' }, 'old text\n');
      const path = join(root, created.path);
      const oldBytes = await readFile(path);

      const fs = faulty(operation, code, persistent);
      const library = await FileLibrary.open(root, { saveFs: fs });
      const error = await library
        .updateTalk(created.id, { body: 'new text\n' }, created.revision)
        .then(
          () => null,
          (e: unknown) => e,
        );

      expect(fs.failures).toBeGreaterThan(0);
      const now = await readFile(path);
      const isOld = now.equals(oldBytes);
      const isNew = now.toString('utf8').endsWith('\n\nnew text\n');
      expect(isOld || isNew).toBe(true);
      // The user is told, in words: never a silent success that did not reach the disk.
      expect(error).not.toBeNull();
      const message = toErrorData(error).message;
      expect(message.length).toBeGreaterThan(10);
      if (code === 'ENOSPC') expect(message).toMatch(/disk is full/);
      if (code === 'EACCES') expect(message).toMatch(/Permission denied/);
      // No temporary file is left beside the note.
      expect((await readdir(join(root, 'conf'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      // Once the fault is gone, the same save succeeds from what is on disk now.
      const healthy = await FileLibrary.open(root);
      const current = await healthy.readTalk(created.id);
      const saved = await healthy.updateTalk(created.id, { body: 'new text\n' }, current.revision);
      expect(saved.body).toBe('new text\n');
    },
  );
});
