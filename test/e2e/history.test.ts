import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitSaved, type AppUnderTest } from './harness';

const commits = (root: string) =>
  Number(execFileSync('git', ['-C', root, 'rev-list', '--count', 'HEAD'], { encoding: 'utf8' }));

describe('a talk’s history in the window (issue 18)', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await startApp({ history: { timings: { quietMs: 150, maxWaitMs: 2000 } } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('is offered on a new library', async () => {
    const { page } = app;
    const offer = page.getByRole('checkbox', { name: /Keep a history of every note/ });
    await offer.waitFor();
    await offer.check();
    await page.getByRole('status').filter({ hasText: 'History is on' }).waitFor();
    expect(commits(app.libraryRoot)).toBe(1);
  });

  it('lists versions with words added and removed, shows a version’s text and changes, and restores it', async () => {
    const { page, preview } = app;
    const conference = await preview.services.library.createConference({ title: 'SREcon 2024' });
    const talk = await preview.services.library.createTalk(
      conference.id,
      { title: 'Error budgets in practice' },
      'First line of notes.\n',
    );
    await preview.services.history.checkpointNow();
    await page.reload();
    await page.getByRole('button', { name: /Error budgets in practice/ }).click();
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.waitFor();
    await notes.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    // One input event, one save, one version: typed key by key on a loaded machine, the 1 s
    // autosave wrote half the sentence and history kept that as a version of its own.
    await page.keyboard.insertText('Typed during the talk with three more words.');
    await waitSaved(page);

    await page.keyboard.press('Control+Shift+Y');
    const dialog = page.getByRole('dialog', { name: 'History' });
    const versions = dialog.getByRole('listbox', { name: 'Versions' });
    await versions.getByRole('option').nth(1).waitFor();
    const options = versions.getByRole('option');
    await expect(options.count()).resolves.toBe(2);
    await expect(
      options
        .nth(0)
        .getByLabel(/words added/)
        .getAttribute('aria-label'),
    ).resolves.toBe('8 words added, 0 removed');
    await expect(
      dialog.getByRole('button', { name: 'This is the current version' }).isDisabled(),
    ).resolves.toBe(true);

    await versions.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => options.nth(1).getAttribute('aria-selected')).toBe('true');
    await dialog.getByRole('tabpanel').getByText('First line of notes.').waitFor();
    await dialog.getByRole('tab', { name: 'Changes since' }).click();
    await dialog.getByLabel('added: Typed during the talk with three more words.').waitFor();

    await dialog.getByRole('button', { name: 'Restore this version' }).click();
    await page.getByText(/Restored the version of/).waitFor();
    await options.nth(2).waitFor();
    await expect(options.nth(0).innerText()).resolves.toContain(
      'Restored: Error budgets in practice',
    );
    const restored = await preview.services.library.readTalk(talk.id);
    expect(restored.body).toBe('First line of notes.\n');
    // The text it replaced is still a version.
    const list = await preview.services.history.versions(talk.id);
    expect(list[0].message).toMatch(/^Restored: Error budgets in practice as of /);
    expect((await preview.services.history.version(talk.id, list[1].version)).body).toContain(
      'Typed during the talk',
    );
    await page.keyboard.press('Escape');
    // The restored text reaches the open note as a change on disk: the editor follows.
    await expect.poll(() => notes.innerText()).not.toContain('Typed during the talk');
  });

  it('reads in dark mode', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.keyboard.press('Control+Shift+Y');
    const dialog = page.getByRole('dialog', { name: 'History' });
    await dialog.getByRole('listbox', { name: 'Versions' }).waitFor();
    const [background, text] = await dialog.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.backgroundColor, style.color];
    });
    expect(background).toBe('rgb(23, 25, 29)');
    expect(text).toBe('rgb(230, 232, 235)');
    expect(app.pageErrors).toEqual([]);
  });
});
