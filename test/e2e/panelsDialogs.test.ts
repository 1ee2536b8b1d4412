import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './harness';

/** The export, import and Now panels driven through the window (issues 5, 6, 7, in the app). */
describe('export, import and Now in the window', () => {
  let app: AppUnderTest;
  let outside: string;
  beforeAll(async () => {
    outside = await mkdtemp(join(tmpdir(), 'confnotes-e2e-outside-'));
    app = await startApp();
    const { library } = app.preview.services;
    const addo = await library.createConference({
      title: 'All Day DevOps 2021',
      starts: '2021-10-28',
    });
    await library.createTalk(
      addo.id,
      { title: 'Gamification of Chaos Testing', speakers: [{ name: 'Bram Vogelaar' }] },
      'We drained **kubernetes** nodes on purpose.\n',
    );
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
    await rm(outside, { recursive: true, force: true });
  });

  it('exports a conference as a Hugo post into a folder', async () => {
    const { page } = app;
    const destination = join(outside, 'posts');
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByText('All Day DevOps 2021')
      .click();
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'This conference' }).check();
    await dialog.getByRole('combobox', { name: 'Flavour' }).selectOption('hugo');
    // The preview's stand-in for main's folder dialog is a prompt (renderer/bridge/typedPaths.ts).
    page.once('dialog', (prompt) => void prompt.accept(destination));
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    await dialog.getByText(destination).waitFor();
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByText(/1 file\(s\) into/).waitFor();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // A Hugo post with its images is a page bundle: one folder, its index.md.
    const files = (await readdir(destination, { recursive: true })).filter((name) =>
      name.endsWith('.md'),
    );
    expect(files).toHaveLength(1);
    const post = await readFile(join(destination, files[0]), 'utf8');
    expect(post).toMatch(/^---\n[\s\S]*title: .*All Day DevOps 2021/);
    expect(post).toContain('Gamification of Chaos Testing');
    expect(post).toContain('**kubernetes**');
  });

  it('imports a plain Markdown file chosen by the person, after a preview', async () => {
    const { page } = app;
    const source = join(outside, 'kubecon.md');
    await writeFile(
      source,
      '# KubeCon Europe 2023\n\n## Keynote: Cloud native at ten — Priyanka Sharma\n\nNotes on the keynote.\n\n## eBPF for everyone — Liz Rice\n\nProbes everywhere.\n',
    );
    await page.keyboard.press('Control+Shift+I');
    const dialog = page.getByRole('dialog', { name: 'Import' });
    page.once('dialog', (prompt) => void prompt.accept(source));
    await dialog.getByRole('button', { name: 'Choose files…' }).click();
    await dialog.getByText(source).waitFor();
    const before = await readdir(app.libraryRoot);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const preview = dialog.getByRole('region', { name: 'Import preview' });
    await preview.waitFor();
    const previewText = (await preview.textContent()) ?? '';
    expect(previewText).toContain('eBPF for everyone');
    // The preview writes nothing.
    await expect(readdir(app.libraryRoot)).resolves.toEqual(before);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByText('eBPF for everyone')
      .waitFor();
  });

  it('imports a schedule in the Now view and lists the talk on now', async () => {
    const { page } = app;
    const { library } = app.preview.services;
    const now = Date.now();
    const stamp = (ms: number) =>
      new Date(ms)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    const event = (uid: string, title: string, from: number, to: number) =>
      [
        'BEGIN:VEVENT',
        `UID:${uid}`,
        `DTSTAMP:${stamp(now)}`,
        `DTSTART:${stamp(from)}`,
        `DTEND:${stamp(to)}`,
        `SUMMARY:${title}`,
        'LOCATION:Main hall',
        'END:VEVENT',
      ].join('\r\n');
    const ics = join(outside, 'schedule.ics');
    await writeFile(
      ics,
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//confnotes e2e//EN',
        event('on-now@e2e', 'Talk on now', now - 10 * 60_000, now + 40 * 60_000),
        event('later@e2e', 'Talk after lunch', now + 2 * 3_600_000, now + 3 * 3_600_000),
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    const live = await library.createConference({
      title: 'Live Conf',
      starts: new Date(now).toISOString().slice(0, 10),
      timezone: 'UTC',
    });
    await page.getByRole('navigation', { name: 'Library' }).getByText('Live Conf').click();
    await page.keyboard.press('Control+Shift+N');
    const dialog = page.getByRole('dialog', { name: 'Now' });
    await dialog.getByText('This conference has no times yet').waitFor();
    await dialog.getByText('Import a schedule').click();
    page.once('dialog', (prompt) => void prompt.accept(ics));
    await dialog.getByRole('button', { name: 'Choose schedule file…' }).click();
    await dialog.getByText(ics).waitFor();
    await dialog.getByRole('button', { name: 'Import schedule' }).click();
    const onNow = dialog.getByRole('button', { name: /Talk on now/ }).first();
    await onNow.waitFor();
    await dialog.getByRole('button', { name: /Talk after lunch/ }).waitFor();
    const tree = await library.list();
    const talks = tree.conferences.find((c) => c.id === live.id)?.talks ?? [];
    expect(talks.map((talk) => talk.meta.title).sort()).toEqual([
      'Talk after lunch',
      'Talk on now',
    ]);
    await onNow.click();
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('.title-field input')?.value === 'Talk on now',
    );
    // The shortcut's point: from the conference, one key press and the talk on now is open.
    await page.getByRole('navigation', { name: 'Library' }).getByText('Live Conf').click();
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('.title-field input')?.value === 'Live Conf',
    );
    await page.keyboard.press('Control+Shift+N');
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('.title-field input')?.value === 'Talk on now',
    );
    await expect(page.getByRole('dialog', { name: 'Now' }).count()).resolves.toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
