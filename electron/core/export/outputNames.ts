import { posix } from 'node:path';
import type { ExportFlavor } from '../../../shared/ipc/export';
import { readableStem, slugify, uniqueName } from '../library/fileNames';

/**
 * Names of the files an export writes: readable, portable, and never two the
 * same in one folder (compared case-insensitively, as macOS and Windows do).
 * Names are handed out in the export's fixed order, so they are the same on
 * every run.
 */
export class NameTable {
  private readonly taken = new Map<string, Set<string>>();

  /** `reserved` names (such as the images folder) are never handed out in any folder. */
  constructor(private readonly reserved: string[] = []) {}

  /** Claims `stem + ext` in `folder` (destination-relative), or the first free `stem-N + ext`. */
  claim(folder: string, stem: string, ext: string): string {
    let names = this.taken.get(folder);
    if (!names) {
      names = new Set(this.reserved.map((name) => name.toLowerCase()));
      this.taken.set(folder, names);
    }
    const name = uniqueName(stem, ext, (candidate) => names.has(candidate));
    names.add(name.toLowerCase());
    return name;
  }
}

/** The stem a flavour gives a note: the title for Obsidian, a slug for the web tools. */
function noteStem(flavor: ExportFlavor, title: string): string {
  return flavor === 'obsidian' ? readableStem(title) : slugify(title);
}

/**
 * Where a note goes inside `folder`, claiming its name: Hugo gets a leaf
 * bundle (`slug/index.md`, so images beside it are published with the page),
 * Jekyll a dated post name, the others `stem.md`.
 */
export function claimNotePath(
  names: NameTable,
  folder: string,
  flavor: ExportFlavor,
  title: string,
  day: string | undefined,
): string {
  const stem = noteStem(flavor, title);
  if (flavor === 'hugo') return posix.join(folder, names.claim(folder, stem, ''), 'index.md');
  if (flavor === 'jekyll' && day)
    return posix.join(folder, names.claim(folder, `${day}-${stem}`, '.md'));
  return posix.join(folder, names.claim(folder, stem, '.md'));
}

/** The file that holds a conference's own notes when it is exported as a folder. */
export function conferenceIndexName(
  flavor: ExportFlavor,
  title: string,
): { stem: string; ext: string } {
  if (flavor === 'hugo') return { stem: '_index', ext: '.md' };
  if (flavor === 'obsidian') return { stem: readableStem(title), ext: '.md' };
  return { stem: 'index', ext: '.md' };
}
