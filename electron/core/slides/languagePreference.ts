import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite } from '../fs/atomicWrite';

const FILE = 'languages.json';

/**
 * The languages slides are read in, as chosen in Preferences. Kept in the
 * app's data folder beside the readings (not in the window's settings), so
 * the `confnotes` command reads in the same languages as the app and their
 * cached readings serve both.
 */
export async function loadLanguages(dir: string): Promise<string[] | null> {
  try {
    const saved = JSON.parse(await readFile(path.join(dir, FILE), 'utf8')) as unknown;
    const list = (saved as { languages?: unknown }).languages;
    if (Array.isArray(list) && list.length > 0 && list.every((c) => typeof c === 'string'))
      return list;
  } catch {
    // None chosen yet (or the file is damaged): the default applies.
  }
  return null;
}

export function saveLanguages(dir: string, languages: string[]): Promise<void> {
  return atomicWrite(path.join(dir, FILE), `${JSON.stringify({ languages }, null, 2)}\n`);
}
