import { afterAll, describe, expect, it } from 'vitest';
import { clipboardCases, htmlCases, LINK_CASES, planned } from '../../fixtures/hostile/cases';
import { findDangers, isScriptUrl } from '../../fixtures/hostile/dangers';
import { trustingDangers } from '../../fixtures/hostile/render';

/**
 * The checks the hostile tests rely on can fail: left unsanitised, the
 * corpus is caught by them. So when a sanitiser, the opener's allow-list or
 * the editor's paste conversion is taken out, the corresponding test fails
 * instead of passing vacuously. Also prints how many cases each path runs.
 */
const arm = { marker: '/tmp/confnotes-hostile-detector-marker', secret: '/nonexistent/secret.png' };
// Not markup in a browser either on their own: `< img`, `<%img`, a tag cut off by the end.
const TEXT_IN_BROWSERS = new Set(['lt-space', 'lt-percent', 'img-unclosed']);
// Markup to a browser, text to CommonMark (no space before the attribute, no `>`).
const TEXT_IN_COMMONMARK = new Set(['img-slash-separators', 'img-unclosed']);

afterAll(() => {
  const counts = planned(arm);
  for (const [path, count] of Object.entries(counts))
    console.log(`hostile inputs planned — ${path}: ${count}`);
  console.log(
    `hostile inputs tried — all paths: ${Object.values(counts).reduce((a, b) => a + b, 0)}`,
  );
});

describe('the danger checks see the raw corpus', () => {
  it.each(htmlCases(arm).filter((c) => !TEXT_IN_BROWSERS.has(c.id)))(
    'raw $id is found dangerous',
    (c) => {
      expect(findDangers(c.html).length).toBeGreaterThan(0);
      // Rendered as trusted Markdown, the raw HTML is live too.
      if (!TEXT_IN_COMMONMARK.has(c.id))
        expect(trustingDangers(`Notes\n\n${c.html}\n`).length).toBeGreaterThan(0);
    },
  );

  it.each(clipboardCases(arm).filter((c) => c.id !== 'clip-link-text-markup'))(
    'raw clipboard $id is found dangerous',
    (c) => {
      expect(findDangers(c.html).length).toBeGreaterThan(0);
    },
  );

  it.each(LINK_CASES.filter((l) => /^(js|vbscript|data)/.test(l.id) && !l.href.includes('&')))(
    '$id is a script URL once a browser cleans it',
    (link) => {
      expect(isScriptUrl(link.href)).toBe(true);
      expect(
        findDangers(`<a href="${link.href.replace(/"/g, '&quot;')}">x</a>`).length,
      ).toBeGreaterThan(0);
    },
  );
});
