import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConferenceMetaSchema, TalkMetaSchema } from '../../../shared/schemas';
import { isTemporaryFile } from '../fs/atomicWrite';
import { conflictOriginal } from './conflictFiles';
import { parseNote, type ParsedNote } from './noteFile';

export const CONFERENCE_FILE = 'conference.md';
export const ASSETS_FOLDER = 'assets';
export const TRASH_FOLDER = '.trash';

/** Parsed files by path, reused while size and modification time are unchanged. */
export type ScanCache = Map<string, { mtimeMs: number; size: number; parsed: ParsedNote<unknown> }>;

/** An id for a file that has none (yet): stable for its path until the app writes one in. */
export function derivedId(relativePath: string): string {
  return `f-${createHash('sha256').update(relativePath).digest('hex').slice(0, 24)}`;
}

export async function readParsed<M>(
  path: string,
  schema: typeof ConferenceMetaSchema | typeof TalkMetaSchema,
  cache: ScanCache,
): Promise<ParsedNote<M>> {
  const info = await stat(path);
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) {
    return cached.parsed;
  }
  const parsed = parseNote(await readFile(path), schema) as ParsedNote<unknown>;
  cache.set(path, { mtimeMs: info.mtimeMs, size: info.size, parsed });
  return parsed;
}

/** Completes valid fields into full metadata, with the defaults a missing field gets. */
export function completeMeta<M>(
  schema: typeof ConferenceMetaSchema | typeof TalkMetaSchema,
  fields: Partial<M>,
  id: string,
  fallbackTitle: string,
): M {
  const candidate = { ...fields, id, title: (fields as { title?: string }).title ?? fallbackTitle };
  const parsed = schema.safeParse(candidate);
  return (parsed.success ? parsed.data : schema.parse({ id, title: fallbackTitle })) as M;
}

/** Lists the conference folders and talk files, skipping app folders, temp files and conflict copies. */
export async function listFolder(root: string): Promise<{
  folders: string[];
  talkFiles: Map<string, string[]>;
  conflicts: Map<string, string[]>;
}> {
  const folders: string[] = [];
  const talkFiles = new Map<string, string[]>();
  const conflicts = new Map<string, string[]>();
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === ASSETS_FOLDER)
      continue;
    folders.push(entry.name);
    const files: string[] = [];
    for (const file of await readdir(join(root, entry.name), { withFileTypes: true })) {
      if (!file.isFile() || !file.name.endsWith('.md') || file.name === CONFERENCE_FILE) continue;
      if (file.name.startsWith('.') || isTemporaryFile(file.name)) continue;
      const original = conflictOriginal(file.name);
      if (original) {
        const key = `${entry.name}/${original}`;
        conflicts.set(key, [...(conflicts.get(key) ?? []), `${entry.name}/${file.name}`]);
      } else files.push(file.name);
    }
    talkFiles.set(entry.name, files.sort());
  }
  return { folders: folders.sort(), talkFiles, conflicts };
}
