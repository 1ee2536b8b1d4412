import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitSaved, type AppUnderTest } from './harness';

/** A real 2×2 PNG: pasted as the photo of a slide. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

describe('taking a talk’s notes in the window (issue 3)', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const talkFile = async (title: string) => {
    const tree = await app.preview.services.library.list();
    const talk = tree.conferences.flatMap((c) => c.talks).find((t) => t.meta.title === title);
    if (!talk)
      throw new Error(
        `no talk titled ${title} in ${JSON.stringify(tree.conferences.map((c) => c.talks.map((t) => t.meta.title)))}`,
      );
    return {
      path: join(app.libraryRoot, talk.path),
      text: await readFile(join(app.libraryRoot, talk.path), 'utf8'),
    };
  };

  it('greets the user on an empty library', async () => {
    const { page } = app;
    // isVisible() does not wait: let the first render happen (slow on a loaded CI machine).
    await page.getByRole('heading', { name: 'Welcome to Confnotes' }).waitFor();
    await expect(
      page.getByRole('heading', { name: 'Welcome to Confnotes' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText(app.libraryRoot).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Import notes' }).isVisible()).resolves.toBe(
      true,
    );
  });

  it('creates a conference from the sidebar and names it', async () => {
    const { page } = app;
    const library = page.getByRole('navigation', { name: 'Library' });
    await library.getByRole('button', { name: 'New conference' }).click();
    const title = page.getByRole('textbox', { name: 'Title' });
    // Focus comes once the new note is on screen (an effect after it renders): wait for it.
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('All Day DevOps 2021');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    await library.getByRole('treeitem', { name: /All Day DevOps 2021/ }).waitFor();
    const tree = await app.preview.services.library.list();
    expect(tree.conferences.map((c) => c.meta.title)).toEqual(['All Day DevOps 2021']);
  });

  it('New talk (Ctrl+N) puts the cursor in Title, and `Title — Speaker (Company)` fills title and speaker', async () => {
    const { page } = app;
    await page.keyboard.press('Control+n');
    const title = page.getByRole('textbox', { name: 'Title' });
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.value === 'Untitled talk',
    );
    await page.keyboard.type('Gamification of Chaos Testing — Bram Vogelaar (Xebia)');
    await page.keyboard.press('Enter');
    await expect(title.inputValue()).resolves.toBe('Gamification of Chaos Testing');
    await expect(page.getByRole('textbox', { name: 'Speakers' }).inputValue()).resolves.toBe(
      'Bram Vogelaar (Xebia)',
    );
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await expect.poll(() => notes.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await waitSaved(page);
    const { text } = await talkFile('Gamification of Chaos Testing');
    expect(text).toMatch(/^---\n/);
    expect(text).toContain('title: Gamification of Chaos Testing');
    expect(text).toMatch(/name: Bram Vogelaar\n\s+affiliation: Xebia/);
  });

  it('types with Markdown shortcuts and the file on disk is clean Markdown with everything typed', async () => {
    const { page } = app;
    const type = (text: string) => page.keyboard.type(text, { delay: 5 });
    await type('## Why chaos');
    await page.keyboard.press('Enter');
    await type('Break things **on purpose** and `kubectl drain` the node.');
    await page.keyboard.press('Enter');
    await type('- first point');
    await page.keyboard.press('Enter');
    await type('second point');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await type('[ ] follow up with Bram');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await type('> Testing in production is inevitable');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await type('1. measure');
    await page.keyboard.press('Enter');
    await type('break');
    await waitSaved(page);
    const { text } = await talkFile('Gamification of Chaos Testing');
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body).toContain('## Why chaos\n');
    expect(body).toContain('Break things **on purpose** and `kubectl drain` the node.');
    expect(body).toMatch(/- first point\n- second point\n/);
    // A list right after another list takes the other bullet, or Markdown would merge the two.
    expect(body).toMatch(/^[-*] \[ \] follow up with Bram$/m);
    expect(body).toContain('> Testing in production is inevitable');
    expect(body).toMatch(/1\. measure\n2\. break/);
    // Clean: no HTML, no escaped Markdown characters, no stray blank-line runs.
    expect(body).not.toMatch(/<[a-z]|\\[*_#[\]>`-]|\n{3,}/);
  });

  it('pastes a photo of a slide: stored under the conference’s assets/, shown, and linked from the note', async () => {
    const { page } = app;
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Notes' }).evaluate((element, base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'slide.png', { type: 'image/png' }));
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, PNG_BASE64);
    const image = page.getByRole('textbox', { name: 'Notes' }).locator('img');
    await image.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[aria-label="Notes"] img');
      return Boolean(img?.complete && img.naturalWidth === 2);
    });
    await waitSaved(page);
    const { text } = await talkFile('Gamification of Chaos Testing');
    const src = /!\[[^\]]*\]\(([^)\s]+)\)/.exec(text)?.[1];
    expect(src).toMatch(/^assets\/gamification-of-chaos-testing-01\.png$/);
    const tree = await app.preview.services.library.list();
    const stored = await readFile(join(app.libraryRoot, tree.conferences[0].folder, src!));
    expect(stored.equals(Buffer.from(PNG_BASE64, 'base64'))).toBe(true);
  });

  it('switching notes right after typing loses nothing', async () => {
    const { page } = app;
    const library = page.getByRole('navigation', { name: 'Library' });
    await library.getByRole('button', { name: 'New talk' }).click();
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.value === 'Untitled talk',
    );
    await page.keyboard.type('Observability at scale - Liz Fong-Jones and Ann Poe');
    await page.keyboard.press('Enter');
    // As fast as the window lets a person go: click, and type as soon as the note is on screen.
    const switchTo = async (title: RegExp) => {
      await library.getByRole('treeitem', { name: title }).click();
      await page.waitForFunction(
        (source) =>
          new RegExp(source).test(
            document.querySelector<HTMLInputElement>('.title-field input')?.value ?? '',
          ),
        title.source,
      );
      await page.getByRole('textbox', { name: 'Notes' }).focus();
      await page.keyboard.press('Control+End');
    };
    for (let round = 1; round <= 3; round++) {
      await page.keyboard.type(` second-${round}`);
      await switchTo(/Gamification of Chaos Testing/);
      await page.keyboard.type(` first-${round}`);
      await switchTo(/Observability at scale/);
    }
    await waitSaved(page);
    const first = (await talkFile('Gamification of Chaos Testing')).text;
    const second = (await talkFile('Observability at scale')).text;
    for (let round = 1; round <= 3; round++) {
      expect(first).toContain(`first-${round}`);
      expect(second).toContain(`second-${round}`);
      expect(first).not.toContain(`second-${round}`);
      expect(second).not.toContain(`first-${round}`);
    }
    expect(second).toMatch(/name: Liz Fong-Jones[\s\S]*name: Ann Poe/);
  });

  it('a URL typed in the note is a link on screen and the exact text typed on disk', async () => {
    const { page } = app;
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('see https://example.com/a_b ', { delay: 5 });
    await notes.locator('a[href="https://example.com/a_b"]').waitFor();
    await waitSaved(page);
    const { text } = await talkFile('Observability at scale');
    expect(text).toMatch(/\nsee https:\/\/example\.com\/a_b\n/);
  });

  it('raised no errors in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
