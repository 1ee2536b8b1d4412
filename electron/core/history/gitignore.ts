import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What of the library goes into history: its notes, their images and the
 * trash; nothing else (a save's temporary files, system clutter, other
 * apps' folders, stray files at the top). `isLibraryFile` is the rule the
 * history layer applies; the .gitignore says the same to the real git.
 * (isomorphic-git's own reading of .gitignore gets negated folder patterns
 * wrong, so it is not used.) The search index and settings live in the
 * app's data folder, never here.
 */
export const LIBRARY_GITIGNORE = `# Written by Confnotes: what history and sync keep of this library.
# At the top only the conference folders and the trash; in a conference
# folder, its notes and their images.
/*
!/.gitignore
!/.confnotes
!/*/
/.*/
!/.trash/
/*/*
!/*/*.md
!/*/assets/
!/.trash/**
# A save in progress, and system clutter
.*.tmp
.DS_Store
Thumbs.db
desktop.ini
`;

/** Committed with the first version: a sync refuses a remote whose history lacks it. */
export const LIBRARY_MARKER = '.confnotes';

export const LIBRARY_MARKER_TEXT = `{ "confnotes": "library", "format": 1 }
`;

const CLUTTER = /^(\..+\.tmp|\.DS_Store|Thumbs\.db|desktop\.ini)$/;

/** True for a library-relative path that history keeps (see LIBRARY_GITIGNORE). */
export function isLibraryFile(path: string): boolean {
  const parts = path.split('/');
  if (parts.some((part) => CLUTTER.test(part))) return false;
  if (parts.length === 1) return path === '.gitignore' || path === LIBRARY_MARKER;
  if (parts[0] === '.trash') return true;
  if (parts[0].startsWith('.')) return false;
  if (parts.length === 2) return parts[1].endsWith('.md');
  return parts[1] === 'assets';
}

/**
 * Every file of the library that history keeps, found by walking only the
 * folders that can hold one (never .git, nor other apps' folders).
 */
export async function listLibraryFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (mayHoldLibraryFiles(path)) await walk(path);
      } else if (entry.isFile() && isLibraryFile(path)) files.push(path);
    }
  };
  await walk('');
  return files;
}

function mayHoldLibraryFiles(folder: string): boolean {
  const parts = folder.split('/');
  if (parts[0] === '.trash') return true;
  if (parts[0].startsWith('.')) return false;
  return parts.length === 1 || parts[1] === 'assets';
}
