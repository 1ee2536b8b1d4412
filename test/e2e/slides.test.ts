import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SLIDES, slideHtml } from '../helpers/slideImages';
import { readLibraryFile, startApp, waitSaved, type AppUnderTest } from './harness';

/** Issue 20 in the window: a pasted slide photo is found by its text, and its text can be inserted. */
describe('slide photos in the window', () => {
  let app: AppUnderTest;
  let talkPath: string;
  beforeAll(async () => {
    app = await startApp();
    const { library } = app.preview.services;
    const conference = await library.createConference({ title: 'SRE Days', starts: '2024-05-02' });
    const talk = await library.createTalk(
      conference.id,
      { title: 'Budgets', speakers: [{ name: 'Alex Hidalgo' }] },
      'Opening notes.\n',
    );
    talkPath = talk.path;
    await library.createTalk(conference.id, { title: 'Other talk' }, 'Nothing here.\n');
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a pasted slide is found by its words "on a slide" with its thumbnail, and opens at the photo', async () => {
    const { page, browser } = app;
    const camera = await browser.newPage({ viewport: { width: 640, height: 360 } });
    await camera.setContent(slideHtml(FIXTURE_SLIDES[0]));
    const png = (await camera.screenshot()).toString('base64');
    await camera.close();

    await page.getByRole('navigation', { name: 'Library' }).getByText('Budgets').click();
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' More notes while the speaker talks.');
    for (let i = 0; i < 30; i++) await page.keyboard.press('Enter');
    await notes.evaluate((element, base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'slide.png', { type: 'image/png' }));
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, png);
    await notes.locator('img').waitFor();
    await waitSaved(page);
    expect(await readLibraryFile(app, talkPath)).toMatch(/!\[[^\]]*\]\(assets\/budgets-01\.png\)/);

    // Read in the background once typing stops; then the search finds it.
    await page.keyboard.press('Control+Shift+F');
    const box = page.getByRole('searchbox', { name: 'Search notes' });
    const results = page.getByRole('listbox', { name: 'Results' });
    const hit = results.getByRole('option').filter({ hasText: 'On a slide' });
    for (let attempt = 0; ; attempt++) {
      await box.fill('');
      await box.fill('burn rate');
      if (
        await hit.waitFor({ timeout: 2_000 }).then(
          () => true,
          () => false,
        )
      )
        break;
      if (attempt > 20) throw new Error('the slide was not found by its words');
    }
    expect(await hit.textContent()).toMatch(/^Budgets — Alex HidalgoOn a slide .*Burn rate alerts/);
    await expect(hit.locator('mark').first().textContent()).resolves.toMatch(/burn/i);
    await page.waitForFunction(() => {
      const thumbnail = document.querySelector<HTMLImageElement>('.hit-slide-thumbnail');
      return Boolean(thumbnail?.complete && thumbnail.naturalWidth === 640);
    });

    // From another talk, the hit opens this one at the photo.
    const dialog = page.getByRole('dialog', { name: 'Search' });
    while (await dialog.isVisible()) await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Library' }).getByText('Other talk').click();
    await page.keyboard.press('Control+Shift+F');
    await box.fill('burn rate');
    await hit.click();
    await page.waitForFunction(() => {
      const img = document.querySelector('[aria-label="Notes"] img');
      if (!img) return false;
      const { top, bottom } = img.getBoundingClientRect();
      return top >= 0 && bottom <= window.innerHeight;
    });
  });

  it('"Insert slide text" puts the photo\'s text under it, written to the note', async () => {
    const { page } = app;
    await page.getByRole('textbox', { name: 'Notes' }).locator('img').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Insert slide text' }).click();
    await page.getByRole('textbox', { name: 'Notes' }).locator('blockquote').waitFor();
    await waitSaved(page);
    const text = await readLibraryFile(app, talkPath);
    expect(text).toMatch(
      /\(assets\/budgets-01\.png\)\n\n> Error budgets and SLOs\\\n> Availability target 99\.9 percent\\\n> Burn rate alerts/,
    );
    expect(app.pageErrors).toEqual([]);
  });
});
