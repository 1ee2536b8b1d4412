import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import {
  hardenSession,
  hardenWebContents,
  secureWebPreferences,
} from '../../electron/shell/security';
import { fakeEvent } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node and webviews out of the page', () => {
    const prefs = secureWebPreferences('/app/preload.cjs', true);
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });
});

function hardenedContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: undefined as undefined | ((d: { url: string }) => { action: string }),
    setWindowOpenHandler(handler: (d: { url: string }) => { action: string }) {
      this.openHandler = handler;
    },
  });
  const openLink = vi.fn(async () => true);
  hardenWebContents(contents as unknown as WebContents, openLink);
  return { contents, openLink };
}

describe('hardenWebContents', () => {
  it('cancels every navigation and hands the URL to the checked opener', () => {
    const { contents, openLink } = hardenedContents();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const event = fakeEvent();
      contents.emit(name, event, 'https://evil.example/');
      expect(event.defaultPrevented, name).toBe(true);
    }
    expect(openLink).toHaveBeenCalledWith('https://evil.example/');
  });

  it('denies every new window, passing its URL to the opener', () => {
    const { contents, openLink } = hardenedContents();
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openLink.mock.calls).toEqual([['javascript:alert(1)'], ['https://example.com/']]);
  });

  it('refuses to attach a webview', () => {
    const { contents } = hardenedContents();
    const event = fakeEvent();
    const prefs = { nodeIntegration: true };
    contents.emit('will-attach-webview', event, prefs, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('hardenSession', () => {
  type Handler = (...args: unknown[]) => unknown;
  const setup = () => {
    const handlers: Record<string, Handler> = {};
    const session = {
      setPermissionRequestHandler: (h: Handler) => (handlers['request'] = h),
      setPermissionCheckHandler: (h: Handler) => (handlers['check'] = h),
      setDevicePermissionHandler: (h: Handler) => (handlers['device'] = h),
      webRequest: { onHeadersReceived: (h: Handler) => (handlers['headers'] = h) },
    };
    hardenSession(session as unknown as Session);
    return handlers;
  };

  it('refuses every permission request and check', () => {
    const handlers = setup();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      handlers['request']({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(handlers['check']({}, permission, 'confnotes-app://renderer', {}), permission).toBe(
        false,
      );
    }
    expect(handlers['device']({ deviceType: 'usb' })).toBe(false);
  });

  it('puts the app policy on every response, replacing any other', () => {
    const handlers = setup();
    const callback = vi.fn();
    handlers['headers'](
      {
        responseHeaders: {
          'content-security-policy': ['script-src *'],
          'Content-Type': ['text/html'],
        },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
});
