import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './harness';

/** The search panel against the real search service of the preview (issue 4, in the app). */
describe('searching notes in the window', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await startApp();
    const { library } = app.preview.services;
    const addo = await library.createConference({
      title: 'All Day DevOps 2021',
      starts: '2021-10-28',
    });
    const srecon = await library.createConference({ title: 'SREcon 2022', starts: '2022-03-14' });
    await library.createTalk(
      addo.id,
      { title: 'Gamification of Chaos Testing', speakers: [{ name: 'Bram Vogelaar' }] },
      'We drained kubernetes nodes on purpose.\n',
    );
    await library.createTalk(
      srecon.id,
      { title: 'Error budgets', speakers: [{ name: 'Liz Fong-Jones' }] },
      'Budgets, not kubernetes.\n',
    );
    await library.createTalk(srecon.id, { title: 'Unrelated', speakers: [] }, 'Nothing to see.\n');
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('finds as you type, grouped by conference, and Enter opens the talk', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Library' }).getByText('Error budgets').waitFor();
    await page.keyboard.press('Control+Shift+F');
    await page.getByRole('searchbox', { name: 'Search notes' }).fill('kubernetes');
    const results = page.getByRole('listbox', { name: 'Results' });
    await results.getByRole('option').nth(1).waitFor({ timeout: 20_000 });
    const groups = await results
      .getByRole('group')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
    expect(groups.sort()).toEqual(['All Day DevOps 2021', 'SREcon 2022']);
    const texts = await results.getByRole('option').allTextContents();
    expect(texts).toHaveLength(2);
    expect(texts.some((text) => text.includes('Unrelated'))).toBe(false);
    await expect(results.locator('mark').first().textContent()).resolves.toMatch(/kubernetes/i);
    await page.keyboard.press('ArrowDown');
    const chosen = (await results.getByRole('option', { selected: true }).textContent()) ?? '';
    await page.keyboard.press('Enter');
    const title = chosen.includes('Gamification')
      ? 'Gamification of Chaos Testing'
      : 'Error budgets';
    await page.waitForFunction(
      (expected) =>
        document.querySelector<HTMLInputElement>('.title-field input')?.value === expected,
      title,
    );
  });
});
