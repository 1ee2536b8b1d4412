import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './harness';

describe('the trash in the window (issue 18)', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await startApp({ history: { timings: { quietMs: 100, maxWaitMs: 1000 } } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists what was deleted and when, restores an item, and empties the trash after a confirmation', async () => {
    const { page, preview } = app;
    const { library, history } = preview.services;
    await history.setEnabled(true);
    const conference = await library.createConference({ title: 'SREcon 2024' });
    const toil = await library.createTalk(conference.id, { title: 'Toil budgets' }, 'Toil.\n');
    const slo = await library.createTalk(conference.id, { title: 'SLOs for humans' }, 'SLO.\n');
    await library.deleteTalk(toil.id);
    await new Promise((resolve) => setTimeout(resolve, 20)); // deleted at another millisecond
    await library.deleteTalk(slo.id);
    await page.reload();

    // From the keyboard: the sidebar's Trash button.
    const trashButton = page.getByRole('navigation', { name: 'Library' }).getByRole('button', {
      name: 'Trash',
    });
    await trashButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Trash' });
    const table = dialog.getByRole('table');
    await table.waitFor();
    await expect(table.getByRole('caption').innerText()).resolves.toBe(
      '2 deleted items, most recently deleted first',
    );
    const rows = table.getByRole('row');
    await expect(rows.nth(1).getByRole('rowheader').innerText()).resolves.toBe(
      'SLOs for humans talk',
    );
    await expect(rows.nth(1).getByRole('cell').nth(1).innerText()).resolves.toBe('SREcon 2024');
    await expect(rows.nth(1).locator('time').getAttribute('datetime')).resolves.toMatch(
      /^\d{4}-\d\d-\d\dT/,
    );

    await dialog.getByRole('button', { name: 'Restore “Toil budgets”' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Restored “Toil budgets”.').waitFor();
    await expect(rows.count()).resolves.toBe(2);
    // Focus stays in the dialog, on the next item's button.
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    ).resolves.toBe('Restore “SLOs for humans”');
    expect((await library.readTalk(toil.id)).meta.title).toBe('Toil budgets');
    await page.getByRole('treeitem', { name: /Toil budgets/ }).waitFor();

    await dialog.getByRole('button', { name: 'Empty trash…' }).click();
    const confirm = dialog.getByRole('alertdialog', { name: 'Empty the trash?' });
    await expect(confirm.innerText()).resolves.toContain(
      '1 item will be removed from the library for good. History keeps a version of each',
    );
    // The safe choice has the focus: Enter does not empty anything.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cancel');
    await page.keyboard.press('Enter');
    await expect(confirm.count()).resolves.toBe(0);
    expect(await library.listTrash()).toHaveLength(1);

    await dialog.getByRole('button', { name: 'Empty trash…' }).click();
    await confirm.getByRole('button', { name: 'Empty trash' }).click();
    await page.getByText(/Emptied the trash: 1 item removed for good\./).waitFor();
    await dialog.getByText('The trash is empty.').waitFor();
    expect(await library.listTrash()).toEqual([]);
    await history.checkpointNow();
    const log = execFileSync('git', ['-C', app.libraryRoot, 'log', '--format=%s%n%b'], {
      encoding: 'utf8',
    });
    expect(log).toContain('Trash emptied: SLOs for humans');
  });

  it('reads in dark mode', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    const dialog = page.getByRole('dialog', { name: 'Trash' });
    if (!(await dialog.isVisible())) {
      await page.getByRole('button', { name: 'Trash', exact: true }).click();
    }
    await dialog.getByText('The trash is empty.').waitFor();
    const [background, text] = await dialog.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.backgroundColor, style.color];
    });
    expect(background).toBe('rgb(23, 25, 29)');
    expect(text).toBe('rgb(230, 232, 235)');
    expect(app.pageErrors).toEqual([]);
  });
});
