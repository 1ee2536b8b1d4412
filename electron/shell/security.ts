import type { Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * The main window's web preferences, per Electron's security checklist: the
 * page is a sandboxed web page with no Node, isolated from the preload, and
 * ordinary web security. Only the preload's `window.api` reaches main.
 */
export function secureWebPreferences(preloadPath: string, spellcheck: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck,
  };
}

/**
 * Locks down one webContents: it never navigates away from the app, never
 * opens a window and never hosts a webview. A link click that tried to do
 * either goes to the one checked opener instead.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  openLink: (url: string) => Promise<boolean>,
): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    void openLink(url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    // The app's own top frame is loaded by main; no frame navigates on its own.
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openLink(url);
    return { action: 'deny' };
  });
}

/**
 * Locks down a session: every permission (camera, notifications, clipboard
 * read, geolocation, …) is refused, checked or requested, and every response
 * carries the CSP, whatever served it.
 */
export function hardenSession(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  > & { webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> },
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    // Ours replaces any policy a response brought, whatever its spelling.
    const others = Object.entries(details.responseHeaders ?? {}).filter(
      ([name]) => name.toLowerCase() !== 'content-security-policy',
    );
    callback({
      responseHeaders: {
        ...Object.fromEntries(others),
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}
