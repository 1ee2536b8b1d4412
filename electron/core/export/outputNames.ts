import { posix } from 'node:path';
import type { ExportFlavor } from '../../../shared/ipc/export';
import { slugify, uniqueName } from '../library/fileNames';

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

const MAX_READABLE = 100;
/** Characters Windows, macOS or Obsidian's link syntax cannot have in a file name. */
const UNSAFE = /[\\/:*?"<>|#^[\]\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** Windows device names, also with an extension (`nul.txt` is NUL). */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name stem that keeps the title as people wrote it (spaces, case,
 * accents), for Obsidian vaults where the file name is the note's title.
 * Long titles are cut at a word boundary, never mid-character.
 */
export function readableStem(title: string, fallback = 'Untitled'): string {
  let stem = title.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if ([...stem].length > MAX_READABLE) {
    const cut = [...stem].slice(0, MAX_READABLE).join('');
    const space = cut.lastIndexOf(' ');
    stem = space > MAX_READABLE / 2 ? cut.slice(0, space) : cut;
  }
  // A leading `-` reads as an option to every command given the file.
  stem = stem.replace(/^[-.\s]+|[.\s]+$/g, '');
  if (!stem) return fallback;
  // `nul.txt` → `nul note.txt`: the device name is the part before the first dot.
  return RESERVED.test(stem) ? stem.replace(/^[^.]*/, '$& note') : stem;
}

/** The stem a flavour gives a note: the title for Obsidian, a slug for the web tools. */
export function noteStem(flavor: ExportFlavor, title: string): string {
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
