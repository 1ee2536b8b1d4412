import { lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { ulid } from 'ulid';
import type { TrashEntry } from '../../../shared/library';
import { CoreError } from '../errors';
import { realInside } from '../fs/containment';
import { insideLibrary, uniqueName } from './fileNames';
import { TRASH_FOLDER } from './scan';

const ENTRY_FILE = 'entry.json';

/**
 * Deleted talks and conferences go to `.trash/<id>/` inside the library with a
 * small record of where they came from, so they can be restored (and so a
 * sync tool carries the deletion as a move, not a loss).
 */
export class Trash {
  constructor(
    private readonly root: string,
    private readonly clock: () => Date,
  ) {}

  async put(kind: TrashEntry['kind'], title: string, originalPath: string): Promise<TrashEntry> {
    const trashId = ulid();
    const folder = insideLibrary(this.root, TRASH_FOLDER, trashId);
    await mkdir(folder, { recursive: true });
    const entry: TrashEntry = {
      trashId,
      kind,
      title,
      originalPath,
      deletedAt: this.clock().toISOString(),
    };
    await writeFile(`${folder}/${ENTRY_FILE}`, JSON.stringify(entry, null, 2));
    await rename(insideLibrary(this.root, originalPath), `${folder}/${basename(originalPath)}`);
    return entry;
  }

  async list(): Promise<TrashEntry[]> {
    const folder = insideLibrary(this.root, TRASH_FOLDER);
    const ids = await readdir(folder).catch(() => [] as string[]);
    const entries = await Promise.all(ids.map((id) => this.entry(id).catch(() => null)));
    return entries
      .filter((e): e is TrashEntry => e !== null)
      .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /** Moves an item back where it was (beside it, under a free name, if that place is taken). */
  async restore(trashId: string): Promise<string> {
    if (!/^[0-9A-Z]{26}$/.test(trashId))
      throw new CoreError('not-found', `Nothing in the trash with id ${trashId}.`);
    const entry = await this.entry(trashId).catch(() => {
      throw new CoreError('not-found', `Nothing in the trash with id ${trashId}.`);
    });
    const parent = dirname(entry.originalPath);
    if (parent !== '.' && !(await isFolder(insideLibrary(this.root, parent)))) {
      throw new CoreError(
        'not-found',
        `Restore the conference ${parent} first: ${entry.title} belongs to it.`,
      );
    }
    const name = basename(entry.originalPath);
    const taken = new Set(
      (await readdir(insideLibrary(this.root, parent))).map((n) => n.toLowerCase()),
    );
    const ext = entry.kind === 'talk' ? '.md' : '';
    const freeName = uniqueName(name.slice(0, name.length - ext.length), ext, (n) => taken.has(n));
    const restored = parent === '.' ? freeName : `${parent}/${freeName}`;
    await rename(
      insideLibrary(this.root, TRASH_FOLDER, trashId, name),
      insideLibrary(this.root, restored),
    );
    await rm(insideLibrary(this.root, TRASH_FOLDER, trashId), { recursive: true, force: true });
    return restored;
  }

  /**
   * Removes everything in the trash for good (listed entries and anything
   * else left there); returns the ids of the folders removed. Refuses a
   * trash that is a link to somewhere else: nothing outside the library is
   * ever removed.
   */
  async empty(): Promise<string[]> {
    const folder = insideLibrary(this.root, TRASH_FOLDER);
    const info = await lstat(folder).catch(() => null);
    if (!info) return [];
    if (!info.isDirectory() || !(await realInside(this.root, folder))) {
      throw new CoreError('invalid-input', `${TRASH_FOLDER} is not a folder inside the library.`);
    }
    const removed: string[] = [];
    for (const id of await readdir(folder)) {
      await rm(insideLibrary(this.root, TRASH_FOLDER, id), { recursive: true, force: true });
      removed.push(id);
    }
    return removed;
  }

  private async entry(trashId: string): Promise<TrashEntry> {
    const text = await readFile(
      insideLibrary(this.root, TRASH_FOLDER, trashId, ENTRY_FILE),
      'utf8',
    );
    return JSON.parse(text) as TrashEntry;
  }
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
