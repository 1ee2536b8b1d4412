import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitSaved, type AppUnderTest } from './harness';

/** The sidebar, the quick switcher and the theme, against a real library on disk. */
describe('the library in the window (issue 3)', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await startApp();
    const { library } = app.preview.services;
    const older = await library.createConference({
      title: 'All Day DevOps 2019',
      starts: '2019-11-06',
    });
    const newer = await library.createConference({
      title: 'All Day DevOps 2021',
      starts: '2021-10-28',
    });
    await library.createTalk(older.id, {
      title: 'Shifting security left',
      starts: '2019-11-06T10:00:00Z',
    });
    await library.createTalk(newer.id, { title: 'Late talk', starts: '2021-10-28T16:00:00Z' });
    await library.createTalk(newer.id, {
      title: 'Early keynote',
      starts: '2021-10-28T09:00:00Z',
      kind: 'keynote',
    });
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  const entries = () =>
    app.page
      .getByRole('navigation', { name: 'Library' })
      .locator('[role="treeitem"] .entry-title')
      .allTextContents();

  it('lists conferences by year, newest first, each with its talks in time order', async () => {
    const nav = app.page.getByRole('navigation', { name: 'Library' });
    await nav.getByText('Early keynote').waitFor();
    // The newest year is open; older years are folded until unfolded.
    expect(await entries()).toEqual([
      '2021',
      'All Day DevOps 2021',
      'Early keynote',
      'Late talk',
      '2019',
    ]);
    await nav.getByRole('treeitem', { name: /^2019/ }).click();
    await nav.getByText('All Day DevOps 2019').click();
    await nav.getByRole('treeitem', { name: /All Day DevOps 2019/ }).press('ArrowRight');
    await nav.getByText('Shifting security left').waitFor();
    expect(await entries()).toEqual([
      '2021',
      'All Day DevOps 2021',
      'Early keynote',
      'Late talk',
      '2019',
      'All Day DevOps 2019',
      'Shifting security left',
    ]);
  });

  it('renames with F2, moves to the trash with Delete, and Undo brings it back', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Library' });
    await nav.getByRole('treeitem', { name: /Late talk/ }).focus();
    await page.keyboard.press('F2');
    const input = nav.getByRole('textbox', { name: 'New name' });
    await input.fill('Closing talk');
    await input.press('Enter');
    await nav.getByRole('treeitem', { name: /Closing talk/ }).waitFor();
    const titles = async () =>
      (await app.preview.services.library.list()).conferences.flatMap((c) =>
        c.talks.map((t) => t.meta.title),
      );
    expect(await titles()).toContain('Closing talk');

    await nav.getByRole('treeitem', { name: /Closing talk/ }).focus();
    await page.keyboard.press('Delete');
    await page.getByText('Moved “Closing talk” to the trash.').waitFor();
    await nav.getByRole('treeitem', { name: /Closing talk/ }).waitFor({ state: 'detached' });
    // The keyboard stays in the tree: on the row after the one trashed.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/^2019/);
    expect(await titles()).not.toContain('Closing talk');
    expect((await app.preview.services.library.listTrash()).map((t) => t.title)).toContain(
      'Closing talk',
    );

    await page
      .getByRole('log', { name: 'Notifications' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await nav.getByRole('treeitem', { name: /Closing talk/ }).waitFor();
    expect(await titles()).toContain('Closing talk');
  });

  it('offers the same actions in a context menu', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Library' });
    await nav.getByRole('treeitem', { name: /Shifting security left/ }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    await nav.getByRole('textbox', { name: 'New name' }).fill('Shifting security further left');
    await page.keyboard.press('Enter');
    await nav.getByRole('treeitem', { name: /Shifting security further left/ }).waitFor();
  });

  it('jumps anywhere with the quick switcher (Ctrl+P), fuzzily', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('treeitem', { name: /All Day DevOps 2019/ })
      .click();
    await page.keyboard.press('Control+p');
    await page.getByRole('combobox', { name: 'Go to' }).waitFor();
    await page.keyboard.type('erlykey');
    await page.getByRole('option', { name: /Early keynote/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>('.title-field input')?.value === 'Early keynote',
    );
    await expect(page.getByRole('combobox', { name: 'Kind' }).inputValue()).resolves.toBe(
      'keynote',
    );
  });

  it('switches to dark mode from Preferences and puts it on <html data-theme>', async () => {
    const { page } = app;
    await page.keyboard.press('Control+,');
    await page.getByRole('dialog', { name: 'Preferences' }).waitFor();
    await page.getByRole('radio', { name: 'Dark' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.getByRole('radio', { name: 'Light' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await page.getByRole('button', { name: 'Close' }).click();
    await waitSaved(page);
  });
});
