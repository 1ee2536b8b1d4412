import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './harness';

/** A write-up in our own words: a day section, timed speaker-first talks, a sub-heading. */
const WRITE_UP = `# Baltic Devs Forum

## Day 1

### 09:30 Laura Kalnina - Keeping pipelines boring

Small steps, always green.

#### Questions from the room

Why not nightly builds? Because nobody reads them.

### 10:15 Marek Nowicki - Tracing without tears

Spans for every queue.

### 11:00 Ieva Petraitė - Accessibility from day one

Keyboard first, then the mouse.
`;

/** The review before an import (issue 15), driven in Chromium with the keyboard where a person would. */
describe('the import review in the window', () => {
  let app: AppUnderTest;
  let outside: string;
  let source: string;
  beforeAll(async () => {
    outside = await mkdtemp(join(tmpdir(), 'confnotes-e2e-review-'));
    source = join(outside, '2023-baltic-devs-forum.md');
    await writeFile(source, WRITE_UP);
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
    await rm(outside, { recursive: true, force: true });
  });

  it('shows what it found, lets the reader correct it, and imports the corrected talks', async () => {
    const { page } = app;
    await page.keyboard.press('Control+Shift+I');
    const dialog = page.getByRole('dialog', { name: 'Import' });
    // The preview's stand-in for main's open dialog is a prompt (renderer/bridge/typedPaths.ts).
    page.once('dialog', (prompt) => void prompt.accept(source));
    await dialog.getByRole('button', { name: 'Choose files…' }).click();
    await dialog.getByText(source).waitFor();
    await dialog.getByRole('button', { name: 'Preview' }).focus();
    await page.keyboard.press('Enter');
    const review = dialog.getByRole('region', { name: 'Import preview' });
    await review.waitFor();

    // The conference, its year from the file name, the talks with speakers first read as such.
    await expect(
      review.getByRole('textbox', { name: 'Conference 1 title' }).inputValue(),
    ).resolves.toBe('Baltic Devs Forum 2023');
    await expect(
      review.getByRole('spinbutton', { name: 'Conference 1 year' }).inputValue(),
    ).resolves.toBe('2023');
    const marker = review.getByRole('combobox', { name: 'Talks are marked by' });
    await expect(marker.inputValue()).resolves.toBe('heading-3');
    const summaries = () => review.locator('.review-talk-summary').allTextContents();
    await expect(summaries()).resolves.toEqual([
      'Keeping pipelines boring — Laura Kalnina created',
      'Tracing without tears — Marek Nowicki created',
      'Accessibility from day one — Ieva Petraitė created',
    ]);
    await expect(review.locator('.review-first-line').first().textContent()).resolves.toBe(
      'Small steps, always green.',
    );

    // Another marker reads the talks anew; back to the headings that mark them.
    await marker.selectOption('heading-4');
    await expect.poll(summaries).toEqual(['Questions from the room created']);
    await review.getByRole('combobox', { name: 'Talks are marked by' }).selectOption('heading-3');
    await expect.poll(async () => (await summaries()).length).toBe(3);

    // Corrections, by keyboard: open "Edit" on talk 2, retype its title and speakers.
    await review.locator('summary[aria-label="Edit talk 2"]').focus();
    await page.keyboard.press('Enter');
    const title = review.getByRole('textbox', { name: 'Title of talk 2' });
    await title.fill('Tracing without tears (revised)');
    await review
      .getByRole('textbox', { name: 'Speakers of talk 2' })
      .fill('Marek Nowicki (Acme), Ola Berg');
    // Talk 3 joins talk 2; the conference gets its full name.
    await review.locator('summary[aria-label="Edit talk 3"]').click();
    await review.getByRole('button', { name: 'Merge into the talk before' }).last().click();
    await expect.poll(async () => (await summaries()).length).toBe(2);
    await review
      .getByRole('textbox', { name: 'Conference 1 title' })
      .fill('Baltic Developers Forum 2023');

    // Every control in the dialog has an accessible name.
    const unnamed = await dialog.evaluate((root) =>
      [...root.querySelectorAll('input, select, textarea, button, summary')]
        .filter((el) => {
          const labelled = (el as HTMLInputElement).labels?.length;
          return !labelled && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim();
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);

    const before = await readdir(app.libraryRoot);
    expect(before.filter((name) => !name.startsWith('.'))).toEqual([]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const tree = await app.preview.services.library.list();
    expect(tree.conferences.map((c) => [c.meta.title, c.meta.starts?.slice(0, 4)])).toEqual([
      ['Baltic Developers Forum 2023', '2023'],
    ]);
    const talks = tree.conferences[0].talks.map((t) => [t.meta.title, t.meta.speakers]);
    expect(talks).toEqual([
      ['Keeping pipelines boring', [{ name: 'Laura Kalnina' }]],
      [
        'Tracing without tears (revised)',
        [{ name: 'Marek Nowicki', affiliation: 'Acme' }, { name: 'Ola Berg' }],
      ],
    ]);
    const merged = await app.preview.services.library.readTalk(tree.conferences[0].talks[1].id);
    expect(merged.body).toContain('Keyboard first, then the mouse.');
    expect(app.pageErrors).toEqual([]);
  });
});
