import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './harness';

/** The speaker and tag views (issue 4, in the app): every talk across conferences and years. */
describe('speaker and tag views in the window', () => {
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
      {
        title: 'Gamification of Chaos Testing',
        speakers: [{ name: 'Bram Vogelaar' }],
        tags: ['chaos'],
      },
      'We drained nodes on purpose.\n',
    );
    await library.createTalk(
      srecon.id,
      { title: 'Consul at scale', speakers: [{ name: 'Bram Vogelaar' }], tags: ['chaos'] },
      'Service mesh notes.\n',
    );
    await library.createTalk(
      srecon.id,
      { title: 'Error budgets', speakers: [{ name: 'Liz Fong-Jones' }] },
      'Budgets.\n',
    );
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists every talk by a speaker across conferences, from the talk header', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Library' }).getByText('Consul at scale').click();
    await page.getByRole('button', { name: 'All talks by Bram Vogelaar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Talks by Bram Vogelaar' });
    const list = dialog.getByRole('list', { name: 'Talks by Bram Vogelaar' });
    await list.getByRole('button').nth(1).waitFor({ timeout: 20_000 });
    const names = await list
      .getByRole('button')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
    // Oldest first, and nobody else's talk.
    expect(names).toEqual([
      'Gamification of Chaos Testing, All Day DevOps 2021',
      'Consul at scale, SREcon 2022',
    ]);
    // Keyboard: the first talk has focus, ArrowDown moves, Enter opens.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>('.title-field input')?.value ===
        'Gamification of Chaos Testing',
    );
    await expect(dialog.count()).resolves.toBe(0);
  });

  it('lists every talk with a tag, reached from search results', async () => {
    const { page } = app;
    await page.keyboard.press('Control+Shift+F');
    await page.getByRole('searchbox', { name: 'Search notes' }).fill('nodes');
    await page
      .getByRole('listbox', { name: 'Results' })
      .getByRole('option')
      .first()
      .waitFor({ timeout: 20_000 });
    await page
      .getByRole('dialog', { name: 'Search' })
      .getByRole('button', { name: 'All talks tagged chaos' })
      .click();
    const list = page.getByRole('list', { name: 'Talks tagged chaos' });
    await list.getByRole('button').nth(1).waitFor({ timeout: 20_000 });
    await expect(list.getByRole('button').count()).resolves.toBe(2);
    expect(app.pageErrors).toEqual([]);
  });
});
