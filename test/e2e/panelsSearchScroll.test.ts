import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './harness';

/**
 * Opening a search hit lands on the matched word (issue 4, in the app) even
 * when the Markdown before it is much longer than its plain text, so the
 * hit's plain-text offset alone would point at an earlier block.
 */
describe('opening a search hit at its match', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await startApp();
    const { library } = app.preview.services;
    const conference = await library.createConference({ title: 'KubeCon 2023' });
    const links = Array.from(
      { length: 30 },
      (_, index) =>
        `See [slide ${index}](https://example.com/a/very/long/path/to/the/slides/of/this/talk/${index}.pdf).`,
    );
    const body = [...links, 'The zanzibar authorisation model came up at the end.', ''].join(
      '\n\n',
    );
    await library.createTalk(conference.id, { title: 'Authorisation at scale' }, body);
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('selects the matched word in the right paragraph', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Library' }).getByText('KubeCon 2023').waitFor();
    await page.keyboard.press('Control+Shift+F');
    await page.getByRole('searchbox', { name: 'Search notes' }).fill('zanzibar');
    const results = page.getByRole('listbox', { name: 'Results' });
    await results.getByRole('option').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => window.getSelection()?.toString().toLowerCase() === 'zanzibar',
    );
    const paragraph = await page.evaluate(
      () => window.getSelection()?.anchorNode?.parentElement?.closest('p')?.textContent ?? '',
    );
    expect(paragraph).toContain('authorisation model');
    expect(app.pageErrors).toEqual([]);
  });

  it('lands on the match of a hit in the note already open', async () => {
    const { page } = app;
    await page.getByRole('textbox', { name: 'Notes' }).focus();
    await page.keyboard.press('Control+Home');
    await page.waitForFunction(() => window.getSelection()?.toString() === '');
    await page.keyboard.press('Control+Shift+F');
    await page.getByRole('searchbox', { name: 'Search notes' }).fill('zanzibar');
    await page.getByRole('listbox', { name: 'Results' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => window.getSelection()?.toString().toLowerCase() === 'zanzibar',
    );
    expect(app.pageErrors).toEqual([]);
  });
});
