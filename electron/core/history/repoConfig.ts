import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What the main process needs to know of a library's repository at open,
 * read from .git/config without starting the history worker (so `confnotes
 * list` starts none): whether Confnotes keeps history here, and the remote.
 */
export async function readRepoConfig(
  dir: string,
): Promise<{ repository: boolean; enabled: boolean; remote: string | null }> {
  const text = await readFile(join(dir, '.git', 'config'), 'utf8').catch(() => null);
  if (text === null) return { repository: false, enabled: false, remote: null };
  let section = '';
  let enabled = false;
  let remote: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[\s*([\w.-]+)(?:\s+"([^"]*)")?\s*\]$/.exec(line);
    if (header) {
      section = `${header[1].toLowerCase()}${header[2] === undefined ? '' : `.${header[2]}`}`;
      continue;
    }
    const pair = /^([\w-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!pair) continue;
    const key = `${section}.${pair[1].toLowerCase()}`;
    if (key === 'confnotes.history') enabled = pair[2] === 'true';
    if (key === 'remote.origin.url') remote = pair[2].replace(/^"(.*)"$/, '$1');
  }
  return { repository: true, enabled, remote };
}
