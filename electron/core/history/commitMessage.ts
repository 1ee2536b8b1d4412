import { parse } from 'yaml';
import { splitFrontMatter } from '../../../shared/markdown/frontMatter';
/** The library's trash folder (library/scan.ts), named here so the worker loads no scanner. */
const TRASH_FOLDER = '.trash';

/** One changed file, with the bytes needed to name it (the new ones, or the old ones if removed). */
export interface ChangedFile {
  path: string;
  removed: boolean;
  bytes: () => Promise<Uint8Array | null>;
}

/**
 * A checkpoint's message names the notes it holds, most recently written
 * first: "Notes: Gamification of Chaos Testing, +2". Notes moved to the
 * trash are "Deleted: …", and those removed from it for good "Trash emptied:
 * …"; a checkpoint of images or other files only says
 * how many. `reason` (why this checkpoint was made now) becomes the body.
 */
export async function commitMessage(files: ChangedFile[], reason?: string): Promise<string> {
  const notes = files.filter((f) => f.path.endsWith('.md') && !inTrash(f.path));
  const edited = notes.filter((f) => !f.removed);
  const removed = notes.filter((f) => f.removed);
  let subject: string;
  if (edited.length > 0) subject = `Notes: ${await titled(edited)}`;
  else if (removed.length > 0) subject = `Deleted: ${await titled(removed)}`;
  else if (files.every((f) => inTrash(f.path) && f.removed)) {
    const emptied = files.filter((f) => f.path.endsWith('.md'));
    subject = emptied.length > 0 ? `Trash emptied: ${await titled(emptied)}` : 'Trash emptied';
  } else if (files.some((f) => inTrash(f.path))) subject = 'Trash changed';
  else subject = `Files: ${files.length === 1 ? files[0].path : `${files.length} files`}`;
  return reason ? `${subject}\n\n${reason}\n` : `${subject}\n`;
}

async function titled(files: ChangedFile[]): Promise<string> {
  const first = await titleOf(files[0]);
  return files.length > 1 ? `${first}, +${files.length - 1}` : first;
}

/** The note's title from its front matter, else its file name. */
async function titleOf(file: ChangedFile): Promise<string> {
  const bytes = await file.bytes().catch(() => null);
  const fallback = file.path.split('/').pop()!.replace(/\.md$/, '');
  if (!bytes) return fallback;
  return noteTitle(Buffer.from(bytes).toString('utf8')) ?? fallback;
}

export function noteTitle(text: string): string | null {
  try {
    const { yaml } = splitFrontMatter(text);
    const fields = yaml ? (parse(yaml) as { title?: unknown } | null) : null;
    const title = typeof fields?.title === 'string' ? fields.title.trim() : '';
    return title ? title.replace(/\s+/g, ' ').slice(0, 120) : null;
  } catch {
    return null;
  }
}

function inTrash(path: string): boolean {
  return path.startsWith(`${TRASH_FOLDER}/`);
}
