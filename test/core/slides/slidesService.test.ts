import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { createTesseractEngine, type OcrEngine } from '../../../electron/core/slides/ocrEngine';
import { SlidesService } from '../../../electron/core/slides/slidesService';
import type { SlidesStatus } from '../../../shared/slides';
import { FIXTURE_SLIDES, PHOTO_HTML, SlideCamera, slideHtml } from '../../helpers/slideImages';
import { tempDir } from '../../helpers/tempLibrary';

let camera: SlideCamera;
let slidePng: Buffer;
let photoPng: Buffer;

beforeAll(async () => {
  camera = await SlideCamera.open();
  slidePng = await camera.shoot(slideHtml(FIXTURE_SLIDES[0]));
  photoPng = await camera.shoot(PHOTO_HTML);
}, 60_000);

afterAll(() => camera.close());

/** A library with one talk showing `images` (name → bytes), and a reader over it that counts its reads. */
async function setup(images: Record<string, Uint8Array>) {
  const library = await FileLibrary.open(await tempDir());
  const dataDir = await tempDir();
  const conference = await library.createConference({ title: 'SRE Days', starts: '2024-05-02' });
  const talk = await library.createTalk(conference.id, { title: 'Budgets' }, 'Notes.\n');
  const srcs: string[] = [];
  for (const [name, bytes] of Object.entries(images))
    srcs.push((await library.saveAsset(talk.id, name, bytes)).src);
  const body = `Notes.\n\n${srcs.map((src) => `![Slide](${src})`).join('\n\n')}\n`;
  await library.updateTalk(talk.id, { body }, (await library.readTalk(talk.id)).revision);
  const reads: number[] = [];
  const engine = (...args: Parameters<typeof createTesseractEngine>): OcrEngine => {
    const real = createTesseractEngine(...args);
    return {
      ...real,
      recognize: (image) => (reads.push(performance.now()), real.recognize(image)),
      abort: () => real.abort(),
      close: () => real.close(),
    };
  };
  const open = () => new SlidesService({ library, dataDir, engine, idleMs: 300 });
  return { library, dataDir, conference, talk, srcs, reads, open };
}

describe('reading slide photos', () => {
  it('finds the words of a slide, nothing in a photo without text, and skips a corrupt image with its reason', async () => {
    const corrupt = Buffer.concat([slidePng.subarray(0, 64), Buffer.alloc(2000, 7)]);
    const { talk, srcs, open } = await setup({
      'slide.png': slidePng,
      'sunset.png': photoPng,
      'broken.png': corrupt,
      'notes.png': Buffer.from('not an image at all'),
    });
    const slides = open();
    const seen: SlidesStatus[] = [];
    const final = await slides.drain((status) => seen.push(status));
    const texts = slides.textsOf(talk.id);
    expect(texts.map((t) => t.src)).toEqual([srcs[0]]);
    expect(texts[0].text.toLowerCase()).toContain('error budgets');
    expect(texts[0].text).toContain('Burn rate alerts');
    expect(final).toMatchObject({ state: 'idle', pending: 0, done: 4, skipped: 2 });
    expect(seen.some((s) => s.state === 'reading' && s.current === srcs[0])).toBe(true);
    expect(await slides.reading(talk.id, srcs[1])).toEqual({ kind: 'text', text: '' });
    expect(await slides.reading(talk.id, srcs[2])).toMatchObject({
      kind: 'skipped',
      reason: expect.stringMatching(/not a readable png image/),
    });
    expect(await slides.reading(talk.id, srcs[3])).toEqual({
      kind: 'skipped',
      reason: 'not an image (not PNG, JPEG, GIF, WebP or BMP)',
    });
    await slides.close();
  });

  it('keeps readings by content in the data folder: a photo copied or re-imported is not read twice', async () => {
    const { library, dataDir, talk, reads, open } = await setup({ 'slide.png': slidePng });
    const first = open();
    await first.drain();
    await first.close();
    expect(reads).toHaveLength(1);
    expect(await readdir(path.join(dataDir, 'slides'))).toContain('slides.jsonl');

    // The same photo imported again into another talk, under another name.
    const other = await library.createTalk(talk.conferenceId, { title: 'Again' }, '');
    const [asset] = await readdir(path.join(library.root, '2024-sre-days', 'assets'));
    const { src } = await library.saveAsset(
      other.id,
      'copy.png',
      await readFile(path.join(library.root, '2024-sre-days', 'assets', asset)),
    );
    await library.updateTalk(
      other.id,
      { body: `![](${src})\n` },
      (await library.readTalk(other.id)).revision,
    );
    const second = open();
    await second.drain();
    expect(reads).toHaveLength(1);
    expect(second.textsOf(other.id)[0].text).toContain('Burn rate alerts');
    expect(second.textsOf(talk.id)[0].text).toContain('Burn rate alerts');
    await second.close();
  });

  it('reads nothing while the user types, and reads a new photo soon after they stop', async () => {
    const { library, talk, reads, open, conference } = await setup({ 'slide.png': slidePng });
    const slides = open();
    const typingUntil = performance.now() + 1500;
    slides.typing();
    await slides.start();
    const told: string[] = [];
    slides.onStatus((status) => told.push(status.state));
    const typist = setInterval(() => slides.typing(), 100);
    await new Promise((resolve) => setTimeout(resolve, typingUntil - performance.now()));
    clearInterval(typist);
    const stoppedAt = performance.now();
    expect(reads).toEqual([]);
    // A signal every 100 ms, yet the window is told only of changes.
    expect(told.length).toBeLessThan(3);
    const changed = new Promise<string[]>((resolve) => slides.onChanged(resolve));
    expect(await changed).toEqual([talk.id]);
    expect(reads[0]).toBeGreaterThanOrEqual(stoppedAt);

    // A slide pasted later goes in while the app runs.
    const camera2 = await camera.shoot(slideHtml(FIXTURE_SLIDES[1]));
    const { src } = await library.saveAsset(talk.id, 'pasted.png', camera2);
    const doc = await library.readTalk(talk.id);
    const pasted = new Promise<string[]>((resolve) => slides.onChanged(resolve));
    await library.updateTalk(talk.id, { body: `${doc.body}\n![](${src})\n` }, doc.revision);
    expect(await pasted).toEqual([talk.id]);
    expect(slides.textsOf(talk.id).map((t) => t.src)).toContain(src);
    expect(conference.folder).toBe('2024-sre-days');
    await slides.close();
  });

  it('a pause holds reading until resumed, and says so', async () => {
    const { reads, open } = await setup({ 'slide.png': slidePng });
    const slides = open();
    slides.pause();
    await slides.start();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(reads).toEqual([]);
    expect(slides.status()).toMatchObject({ state: 'paused', done: 0 });
    const changed = new Promise((resolve) => slides.onChanged(resolve));
    expect(slides.resume().state).not.toBe('paused');
    await changed;
    expect(reads).toHaveLength(1);
    await slides.close();
  });

  it('copies of one file are read once', async () => {
    const { library, talk, reads, open } = await setup({ 'a.png': slidePng });
    const dir = path.join(library.root, '2024-sre-days', 'assets');
    const [name] = await readdir(dir);
    await copyFile(path.join(dir, name), path.join(dir, 'b.png'));
    const doc = await library.readTalk(talk.id);
    await library.updateTalk(talk.id, { body: `${doc.body}\n![](assets/b.png)\n` }, doc.revision);
    const slides = open();
    await slides.drain();
    expect(reads).toHaveLength(1);
    expect(slides.textsOf(talk.id)).toHaveLength(2);
    await slides.close();
  });
});
