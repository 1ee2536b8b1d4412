import { afterAll, describe, expect, it } from 'vitest';
import { createLinkOpener } from '../../../electron/shell/linkOpener';
import { isSafeLinkUrl } from '../../../renderer/editor/links/safeUrl';
import { checkLink } from '../../../shared/links';
import { LINK_CASES } from '../../fixtures/hostile/cases';
import { Tally } from '../../fixtures/hostile/tally';

/**
 * Every hostile link through the ONE checked opener (shared/links.ts and
 * electron/shell/linkOpener.ts) with recording targets in place of
 * Electron's shell, and through the editor's own pre-check (safeUrl.ts).
 * Protection covered: the http/https/mailto allow-list parsed with `new URL`
 * and failing closed; control characters refused; file links only revealed.
 * Removing any of these makes a case reach `openExternal`.
 */
const tally = new Tally();
afterAll(() => {
  tally.print();
  expect(tally.count('link opener')).toBe(LINK_CASES.length);
});

function recordingOpener() {
  const opened: string[] = [];
  const revealed: string[] = [];
  const refused: string[] = [];
  const open = createLinkOpener(
    {
      openExternal: async (url) => void opened.push(url),
      showItemInFolder: (path) => void revealed.push(path),
    },
    (url) => void refused.push(url),
    'linux',
  );
  return { open, opened, revealed, refused };
}

describe('the checked link opener', () => {
  it('opens an ordinary web link (so the refusals below mean something)', async () => {
    const opener = recordingOpener();
    expect(await opener.open('https://example.com/talk')).toBe(true);
    expect(opener.opened).toEqual(['https://example.com/talk']);
  });

  it.each(LINK_CASES)('$id: $expected', async (link) => {
    tally.add('link opener', link.id);
    expect(checkLink(link.href).action).toBe(link.decision);
    const opener = recordingOpener();
    const result = await opener.open(link.href);
    // Nothing but http(s)/mailto may ever reach the system's URL handler.
    expect(opener.opened).toEqual([]);
    if (link.decision === 'refuse') {
      expect(result).toBe(false);
      expect(opener.revealed).toEqual([]);
      expect(opener.refused).toHaveLength(1);
    } else {
      // Shown in its folder (a path, never a URL handed to a handler), not run.
      expect(opener.revealed).toHaveLength(1);
      expect(opener.revealed[0]).toMatch(/^\//);
    }
    // The editor's pre-check (the same rule) refuses what the opener refuses.
    // Undecoded entity text is a relative reference there (Markdown decodes
    // it before the editor sees it, see the note cases).
    const schemeless = /^[^:]*&/.test(link.href);
    expect(isSafeLinkUrl(link.href)).toBe(schemeless);
  });
});
