import { fileURLToPath } from 'node:url';
import { checkLink } from '../../shared/links';

/** The two ways a link may leave the app; Electron's `shell` in the app, fakes in tests. */
export interface LinkTargets {
  openExternal(url: string): Promise<void>;
  showItemInFolder(fullPath: string): void;
}

/**
 * The ONE opener every click path goes through: the renderer's
 * `app.openExternal`, `window.open`, a navigation attempt, the context menu.
 * http/https/mailto open in the system's handler; local files are revealed in
 * their folder, never opened or run; everything else is refused. Resolves
 * whether something was opened.
 */
export function createLinkOpener(
  targets: LinkTargets,
  onRefused: (url: string, reason: string) => void = () => {},
  platform: NodeJS.Platform = process.platform,
): (url: string) => Promise<boolean> {
  return async (raw) => {
    const decision = checkLink(raw);
    if (decision.action === 'refuse') {
      onRefused(String(raw), decision.reason);
      return false;
    }
    if (decision.action === 'open') {
      try {
        await targets.openExternal(decision.url);
        return true;
      } catch (error) {
        onRefused(decision.url, error instanceof Error ? error.message : String(error));
        return false;
      }
    }
    let fullPath: string;
    try {
      fullPath = fileURLToPath(decision.url, { windows: platform === 'win32' });
    } catch {
      onRefused(decision.url, 'Not a local file path.');
      return false;
    }
    // A UNC path (\\server\share) would make Windows contact that server.
    if (/^[\\/]{2}/.test(fullPath)) {
      onRefused(decision.url, 'Links to files on other machines are not opened.');
      return false;
    }
    targets.showItemInFolder(fullPath);
    return true;
  };
}
