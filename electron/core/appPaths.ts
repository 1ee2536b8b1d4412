import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Confnotes keeps things when no Electron is there to ask (the
 * `confnotes` command). Chosen to match Electron's own `documents` and
 * `userData` folders, so the command and the app share a library and an index.
 */
export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  return env.CONFNOTES_LIBRARY || join(home, 'Documents', 'Confnotes');
}

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  if (env.CONFNOTES_DATA) return env.CONFNOTES_DATA;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Confnotes');
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Confnotes');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Confnotes');
}
