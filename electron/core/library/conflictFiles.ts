/**
 * Conflict copies made by Confnotes and by sync tools. They are shown beside
 * the note they belong to and never read as notes of their own, so a conflict
 * never shows up (or gets indexed) as a second copy of a talk.
 */
const PATTERNS = [
  / \(conflict [^)]*\)(?=\.md$)/i, // Confnotes: `name (conflict 2026-11-23 101500).md`
  /\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]+(?=\.md$)/, // Syncthing
  / \([^)]*conflicted copy[^)]*\)(?=\.md$)/i, // Dropbox
];

/** The file name the conflict copy belongs to, or null when `name` is no conflict copy. */
export function conflictOriginal(name: string): string | null {
  for (const pattern of PATTERNS) {
    if (pattern.test(name)) return name.replace(pattern, '');
  }
  return null;
}

/** `name (conflict 2026-11-23 101500).md` for a note `name.md`. */
export function conflictName(fileName: string, at: Date): string {
  const stamp = at.toISOString().replace('T', ' ').replace(/:/g, '').slice(0, 17);
  return fileName.replace(/\.md$/, ` (conflict ${stamp}).md`);
}
