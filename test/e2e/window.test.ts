import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLibraryFile, startApp, waitSaved, type AppUnderTest } from './harness';

/**
 * The window at a library of years (issue 16): the home view, the library
 * tree (years, folding remembered, keyboard, the open talk in view,
 * virtualised, kept current by changes), and capture out of the way.
 */
describe('the window at a library of years (issue 16)', () => {
  let app: AppUnderTest;
  const now = Date.now();
  const day = (date: Date) =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const thisYear = String(new Date(now).getFullYear());
  /** The folder "picked" in Preferences' Change library folder… (the last test). */
  let otherLibrary = '';

  beforeAll(async () => {
    app = await startApp({ chooseLibrary: async () => otherLibrary });
    const { library } = app.preview.services;
    const ghent = await library.createConference({
      title: 'DevOpsDays Ghent',
      starts: '2019-10-29',
    });
    await library.createTalk(ghent.id, { title: 'Chaos at scale' });
    const kubecon = await library.createConference({ title: 'KubeCon', starts: '2023-04-18' });
    for (const title of ['Talk 39', 'Talk 4', 'Talk 10'])
      await library.createTalk(kubecon.id, { title });
    await library.createTalk(kubecon.id, {
      title: 'Opening keynote',
      starts: '2023-04-18T09:00:00',
      kind: 'keynote',
    });
    const live = await library.createConference({
      title: 'Live Conf',
      starts: day(new Date(now)),
      timezone: 'UTC',
    });
    const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
    await library.createTalk(live.id, { title: 'On stage now', starts: at(-10), ends: at(30) });
    await library.createTalk(live.id, { title: 'Up next', starts: at(45), ends: at(90) });
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
    if (otherLibrary) await rm(otherLibrary, { recursive: true, force: true });
  });

  const nav = () => app.page.getByRole('navigation', { name: 'Library' });
  const row = (name: RegExp) => nav().getByRole('treeitem', { name });
  const titles = () => nav().locator('[role="treeitem"] .entry-title').allTextContents();
  const focused = () =>
    app.page.evaluate(() => document.activeElement?.querySelector('.entry-title')?.textContent);

  it('opens on a home view: the talk on now and next, recent talks, conferences by year', async () => {
    const { page } = app;
    const home = page.getByRole('region', { name: 'Your conferences' });
    await home.getByRole('heading', { name: 'Now at Live Conf' }).waitFor();
    const nowNext = home.getByRole('region', { name: 'Now at Live Conf' });
    await nowNext.getByRole('button', { name: /Up next/ }).waitFor();
    const recent = home.getByRole('region', { name: 'Recent talks' });
    await recent.getByRole('button', { name: /On stage now/ }).waitFor();
    const years = home.getByRole('region', { name: 'Conferences by year' });
    expect(await years.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      thisYear,
      '2023',
      '2019',
    ]);
    await home.getByRole('button', { name: /Import/ }).click();
    await page.getByRole('dialog', { name: 'Import' }).waitFor();
    await page.keyboard.press('Escape');

    // One click from the home view and the attendee is typing in the talk on now.
    await nowNext.getByRole('button', { name: /On stage now/ }).click();
    await page.waitForFunction(() => document.activeElement?.closest('[aria-label="Notes"]'));
    await expect(page.getByRole('textbox', { name: 'Title' }).inputValue()).resolves.toBe(
      'On stage now',
    );
    await page.keyboard.press('Control+Shift+H');
    await home.waitFor();
  });

  it('lists talks in natural order, and remembers folding in main, past a new profile', async () => {
    const { page } = app;
    await row(/^2023/).click();
    await row(/^KubeCon/)
      .locator('.twisty')
      .click();
    await row(/Talk 39/).waitFor();
    // Folding goes to main once it settles (400 ms): a profile opened sooner would read the older.
    const saved = page.waitForResponse((response) =>
      response.url().includes(encodeURIComponent('confnotes:app.setSidebarFolds')),
    );
    await row(/^Live Conf/)
      .locator('.twisty')
      .click();
    await row(/On stage now/).waitFor({ state: 'detached' });
    expect(await titles()).toEqual([
      thisYear,
      'Live Conf',
      '2023',
      'KubeCon',
      'Opening keynote',
      'Talk 4',
      'Talk 10',
      'Talk 39',
      '2019',
    ]);
    expect(await row(/^KubeCon/).getAttribute('aria-label')).toBe('KubeCon, 4 talks');

    await saved;
    // A new browser profile: nothing in its storage, the folding comes from main's settings.
    const fresh = await (await app.browser.newContext()).newPage();
    await fresh.goto(app.preview.url);
    const freshNav = fresh.getByRole('navigation', { name: 'Library' });
    await freshNav.getByRole('treeitem', { name: /Talk 39/ }).waitFor();
    expect(
      await freshNav.getByRole('treeitem', { name: /^Live Conf/ }).getAttribute('aria-expanded'),
    ).toBe('false');
    await fresh.context().close();
    await page.waitForTimeout(0);
  });

  it('moves with the keyboard: arrows, Left/Right to fold, type-ahead, Enter opens', async () => {
    const { page } = app;
    await row(/^KubeCon/).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(row(/^KubeCon/).getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('ArrowRight');
    await expect(row(/^KubeCon/).getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect(focused()).resolves.toBe('Opening keynote');
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('Talk 4');
    await page.keyboard.press('ArrowLeft');
    await expect(focused()).resolves.toBe('KubeCon');
    await page.keyboard.type('talk 3');
    await expect(focused()).resolves.toBe('Talk 39');
    await page.keyboard.press('Home');
    await expect(focused()).resolves.toBe(thisYear);
    await page.keyboard.press('End');
    await expect(focused()).resolves.toBe('2019');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('.title-field input')?.value === 'Talk 39',
    );
    await expect(row(/Talk 39/).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('keeps the open talk in view: one opened elsewhere unfolds its year and scrolls to it', async () => {
    const { page } = app;
    await page.keyboard.press('Control+p');
    await page.keyboard.type('chaos at');
    await page.getByRole('option', { name: /Chaos at scale/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect(row(/Chaos at scale/).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(row(/Chaos at scale/).isVisible()).resolves.toBe(true);

    // Home, its year folded again, and the same talk opened once more: revealed again.
    await page.keyboard.press('Control+Shift+H');
    await row(/^2019/).click();
    await row(/Chaos at scale/).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+p');
    await page.keyboard.type('chaos at');
    await page.getByRole('option', { name: /Chaos at scale/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect(row(/Chaos at scale/).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('folds the talk header to one line while notes are typed, and loses nothing', async () => {
    const { page } = app;
    await row(/Talk 4/).click();
    await page.getByRole('textbox', { name: 'Speakers' }).fill('Ada Lovelace (Analytical)');
    await page.getByRole('textbox', { name: 'Notes' }).click();
    await page.keyboard.type('Notes typed live.');
    const line = page.getByRole('button', { name: /Show talk details: Talk 4 — Ada Lovelace/ });
    await line.waitFor();
    await expect(page.getByRole('form', { name: 'Talk details' }).isHidden()).resolves.toBe(true);

    await line.click();
    await expect(page.getByRole('textbox', { name: 'Speakers' }).inputValue()).resolves.toBe(
      'Ada Lovelace (Analytical)',
    );
    await page.waitForFunction(
      () => document.activeElement === document.querySelector('.title-field input'),
    );
    // The same from the keyboard, both ways.
    await page.keyboard.press('Control+Shift+J');
    await line.waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[aria-label="Notes"]'));
    await page.keyboard.press('Control+Shift+J');
    await page.getByRole('form', { name: 'Talk details' }).waitFor();

    await waitSaved(page);
    const kubecon = (await app.preview.services.library.outline()).conferences.find(
      (c) => c.meta.title === 'KubeCon',
    )!;
    const text = await readLibraryFile(app, `${kubecon.folder}/talk-4.md`);
    expect(text).toContain('name: Ada Lovelace');
    expect(text).toContain('Notes typed live.');
  });

  it('keeps the talk details open while typing when Preferences say so', async () => {
    const { page } = app;
    const fold = async (on: boolean) => {
      await page.keyboard.press('Control+,');
      const preferences = page.getByRole('dialog', { name: 'Preferences' });
      const box = preferences.getByRole('checkbox', { name: /Fold the talk’s details/ });
      // The box shows main's setting: it changes once main has it, not at the click.
      if ((await box.isChecked()) !== on) await box.click();
      await expect.poll(() => box.isChecked()).toBe(on);
      await preferences.getByRole('button', { name: 'Close' }).click();
    };
    await fold(false);
    await row(/Talk 10/).click();
    await page.getByRole('textbox', { name: 'Notes' }).click();
    await page.keyboard.type('Details stay in view.');
    await waitSaved(page);
    await expect(page.getByRole('form', { name: 'Talk details' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /Show talk details/ }).count()).resolves.toBe(0);
    // Turned back on, typing folds the details again.
    await fold(true);
    await page.getByRole('textbox', { name: 'Notes' }).click();
    await page.keyboard.type(' Folded again.');
    await page.getByRole('button', { name: /Show talk details: Talk 10/ }).waitFor();
  });

  it('distraction-free writing hides the library and folds the header, and comes back', async () => {
    const { page } = app;
    await page.keyboard.press('Control+Shift+D');
    await nav().waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /Show talk details/ }).waitFor();
    await page.getByRole('button', { name: 'Distraction-free' }).click();
    await nav().waitFor();
  });

  it('keeps only the rows on screen in the DOM, and follows changes made outside', async () => {
    const { page } = app;
    const folder = join(app.libraryRoot, `${thisYear}-bulk`);
    await mkdir(folder);
    await writeFile(
      join(folder, 'conference.md'),
      `---\nid: BULK\ntitle: Bulk Conf\nstarts: ${day(new Date(now))}\n---\n`,
    );
    for (let i = 1; i <= 300; i++)
      await writeFile(join(folder, `t${i}.md`), `---\nid: B${i}\ntitle: Bulk talk ${i}\n---\n`);
    await row(/^Bulk Conf, 300 talks/).waitFor({ timeout: 30_000 });
    expect(await nav().getByRole('treeitem').count()).toBeLessThan(80);
    await row(/^Bulk Conf/).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('bulk talk 299');
    await expect(focused()).resolves.toBe('Bulk talk 299');
    await expect(row(/Bulk talk 299/).isVisible()).resolves.toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('saves the open note into its own library before another library is chosen', async () => {
    const { page } = app;
    otherLibrary = await mkdtemp(join(tmpdir(), 'confnotes-e2e-other-'));
    const kubecon = (await app.preview.services.library.outline()).conferences.find(
      (c) => c.meta.title === 'KubeCon',
    )!;
    await row(/Talk 10/).click();
    await page.getByRole('textbox', { name: 'Notes' }).click();
    await page.keyboard.press('Control+End');
    // Typed, and the library changed at once: the autosave has not run yet.
    await page.keyboard.type(' Typed just before switching.');
    await page.keyboard.press('Control+,');
    await page.getByRole('button', { name: 'Change library folder…' }).click();
    await page.getByRole('dialog', { name: 'Preferences' }).getByText(otherLibrary).waitFor();
    const text = await readLibraryFile(app, `${kubecon.folder}/talk-10.md`);
    expect(text).toContain('Typed just before switching.');
    await page.keyboard.press('Escape');
    // The note was the old library's: the window shows the new one, empty.
    await page.getByRole('heading', { name: 'Welcome to Confnotes' }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Notes' }).count()).resolves.toBe(0);
    expect(app.preview.services.library.root).toBe(otherLibrary);
    expect(app.pageErrors).toEqual([]);
  });
});
