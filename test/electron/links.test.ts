import { describe, expect, it, vi } from 'vitest';
import { checkLink } from '../../shared/links';
import { createLinkOpener } from '../../electron/shell/linkOpener';

// Hostile spellings from issue 8: none of these may reach the system's opener.
const refused = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'java\tscript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript\n:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'smb://attacker.example/share',
  '\\\\attacker.example\\share',
  'file://attacker.example/share/x.exe',
  'file:////attacker.example/share/x.exe',
  'confnotes-app://renderer/index.html',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x&crumb=location:\\\\evil',
  'x-apple.systempreferences:com.apple',
  'obsidian://open?vault=x',
  'http://[::1',
  'https://',
  'https://user:secret@example.com/',
  'not a url',
  '',
  'https://example.com/' + 'a'.repeat(9000),
];

describe('checkLink', () => {
  it.each(refused)('refuses %j', (url) => {
    expect(checkLink(url).action).toBe('refuse');
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, { href: 'https://x' }]) {
      expect(checkLink(value).action).toBe('refuse');
    }
  });

  it.each([
    ['https://www.youtube.com/watch?v=abc', 'https://www.youtube.com/watch?v=abc'],
    ['HTTP://Example.COM/a b', 'http://example.com/a%20b'],
    ['mailto:speaker@example.com', 'mailto:speaker@example.com'],
  ])('opens %j as %j', (url, href) => {
    expect(checkLink(url)).toEqual({ action: 'open', url: href });
  });

  it.each([
    'file:///home/me/slides.pdf',
    'file://localhost/Applications/Calculator.app',
    'file:///usr/share/applications/x.desktop',
  ])('only reveals local file %j', (url) => {
    expect(checkLink(url).action).toBe('reveal');
  });
});

describe('createLinkOpener', () => {
  const setup = (platform: NodeJS.Platform = 'linux') => {
    const targets = { openExternal: vi.fn(async () => {}), showItemInFolder: vi.fn() };
    const refusals: string[] = [];
    const open = createLinkOpener(targets, (url) => refusals.push(url), platform);
    return { targets, refusals, open };
  };

  it('never hands a refused link to the system', async () => {
    const { targets, refusals, open } = setup();
    for (const url of refused) expect(await open(url)).toBe(false);
    expect(targets.openExternal).not.toHaveBeenCalled();
    expect(targets.showItemInFolder).not.toHaveBeenCalled();
    expect(refusals).toHaveLength(refused.length);
  });

  it('opens web and mail links with the normalised URL', async () => {
    const { targets, open } = setup();
    expect(await open('HTTPS://example.com/talk')).toBe(true);
    expect(await open('mailto:a@example.com')).toBe(true);
    expect(targets.openExternal.mock.calls).toEqual([
      ['https://example.com/talk'],
      ['mailto:a@example.com'],
    ]);
  });

  it('reveals local files in their folder and never opens them', async () => {
    const { targets, open } = setup();
    expect(await open('file:///Applications/Calculator.app')).toBe(true);
    expect(await open('file:///tmp/evil.desktop')).toBe(true);
    expect(targets.showItemInFolder.mock.calls).toEqual([
      ['/Applications/Calculator.app'],
      ['/tmp/evil.desktop'],
    ]);
    expect(targets.openExternal).not.toHaveBeenCalled();
  });

  it('refuses Windows paths that would reach a network share', async () => {
    const { targets, open } = setup('win32');
    expect(await open('file:///C:/Users/me/slides.pdf')).toBe(true);
    expect(targets.showItemInFolder).toHaveBeenCalledWith('C:\\Users\\me\\slides.pdf');
    expect(await open('file:///%5C%5Cattacker.example%5Cshare')).toBe(false);
    expect(targets.showItemInFolder).toHaveBeenCalledTimes(1);
  });

  it('reports a failing system opener as not opened', async () => {
    const targets = {
      openExternal: vi.fn(async () => Promise.reject(new Error('no handler'))),
      showItemInFolder: vi.fn(),
    };
    expect(await createLinkOpener(targets)('https://example.com')).toBe(false);
  });
});
