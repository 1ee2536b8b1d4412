import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { ConflictError, CoreError } from '../errors';
import { atomicWrite } from '../fs/atomicWrite';
import type { SaveFileSystem } from '../fs/fileSystem';
import { conflictName } from './conflictFiles';
import { insideLibrary } from './fileNames';
import { splitFrontMatter } from '../../../shared/markdown';
import { decodeNote, parseNote, revisionOf, type ParsedNote } from './noteFile';
import { compactFields, writeNoteText, type FieldChanges } from './noteWriter';
import { referencedAssets } from './assets';

type MetaSchema = z.ZodObject;

/** What an update left in the file, parsed as a read would parse it; `written` false when unchanged. */
export type SavedNote<M> = ParsedNote<M> & { written: boolean };

/**
 * Reads and writes single note files: every write atomic, every update
 * checked against the revision the caller read.
 */
export class NoteStore {
  constructor(
    private readonly root: string,
    private readonly fs: SaveFileSystem,
    private readonly clock: () => Date,
  ) {}

  async read<S extends MetaSchema>(path: string, schema: S): Promise<ParsedNote<z.output<S>>> {
    return parseNote(await readFile(insideLibrary(this.root, path)), schema);
  }

  /** Writes a new note; refuses to replace an existing file. */
  async create(path: string, fields: Record<string, unknown>, body: string): Promise<string> {
    const target = insideLibrary(this.root, path);
    if (await exists(target)) throw new CoreError('exists', `${path} already exists.`, path);
    const text = writeNoteText(null, compactFields(fields), body);
    await atomicWrite(target, text, this.fs);
    return revisionOf(Buffer.from(text, 'utf8'));
  }

  /**
   * Applies a patch and/or a new body. Nothing is written when nothing
   * changes, so saving an untouched note keeps its bytes. When the file
   * changed since `baseRevision`, the caller's version goes to a conflict copy.
   */
  async update<S extends MetaSchema>(
    path: string,
    schema: S,
    id: string,
    patch: Record<string, unknown>,
    body: string | undefined,
    baseRevision: string,
  ): Promise<SavedNote<z.output<S>>> {
    const target = insideLibrary(this.root, path);
    const bytes = await readFile(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return Buffer.alloc(0);
      throw error;
    });
    const current = bytes.length > 0 ? parseNote(bytes, schema) : null;
    const currentRevision = current?.revision ?? '';
    const changes = effectiveChanges(current?.fields ?? {}, patch);
    if (!current?.fields.id) changes.id = id;
    const newBody = body ?? current?.body ?? '';
    const bodyChanged = newBody !== (current?.body ?? '');
    if (currentRevision !== baseRevision) {
      const conflictPath = await this.freeSibling(
        path,
        conflictName(path.split('/').pop()!, this.clock()),
      );
      await atomicWrite(
        insideLibrary(this.root, conflictPath),
        writeNoteText(current, changes, newBody),
        this.fs,
      );
      throw new ConflictError(path, conflictPath);
    }
    if (Object.keys(changes).length === 0 && !bodyChanged && current) {
      return { written: false, ...current };
    }
    if ('updated' in schema.shape) changes.updated = this.clock().toISOString();
    const text = writeNoteText(current, changes, newBody);
    const written = Buffer.from(text, 'utf8');
    await atomicWrite(target, written, this.fs);
    // Parsed as a read would parse it: the caller answers with it instead of reading it back.
    return { written: true, ...parseNote(written, schema) };
  }

  /** Moves a note to another conference folder, taking the images it shows along. */
  async moveWithAssets(from: string, to: string): Promise<void> {
    const source = insideLibrary(this.root, from);
    const target = insideLibrary(this.root, to);
    const { body } = splitFrontMatter(decodeNote(await readFile(source)).text);
    for (const src of referencedAssets(body)) {
      const assetFrom = insideLibrary(this.root, dirname(from), src);
      const assetTo = insideLibrary(this.root, dirname(to), src);
      // An image of the same name already there is left alone; the note then shows that one.
      if (!(await exists(assetFrom)) || (await exists(assetTo))) continue;
      await mkdir(dirname(assetTo), { recursive: true });
      await copyFile(assetFrom, assetTo);
    }
    await rename(source, target);
    await this.fs.syncFolder(dirname(target));
    await this.fs.syncFolder(dirname(source));
  }

  /** `name` beside `path`, or `name-2`, `name-3`, … when a conflict copy of that second exists. */
  private async freeSibling(path: string, name: string): Promise<string> {
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    const stem = name.replace(/\.md$/, '');
    let candidate = `${folder}${name}`;
    for (let n = 2; await exists(insideLibrary(this.root, candidate)); n++) {
      candidate = `${folder}${stem}-${n}.md`;
    }
    return candidate;
  }
}

/** The patch's entries that differ from what the file holds; `''` clears an optional field. */
function effectiveChanges(
  fields: Record<string, unknown>,
  patch: Record<string, unknown>,
): FieldChanges {
  const changes: FieldChanges = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const next = value === '' ? null : value;
    if (JSON.stringify(fields[key] ?? null) === JSON.stringify(next)) continue;
    changes[key] = next;
  }
  return changes;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
