import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FileLibrary } from '../../electron/core/library/fileLibrary';
import { createTesseractEngine, type OcrEngine } from '../../electron/core/slides/ocrEngine';
import { installedOcrFiles } from '../../electron/core/slides/ocrFiles';
import { SlidesService } from '../../electron/core/slides/slidesService';
import { terms } from '../../shared/search/text';
import {
  FIXTURE_SLIDES,
  SlideCamera,
  slideHtml,
  slideWords,
  type FixtureSlide,
} from '../helpers/slideImages';

/**
 * `npm run bench -- slides [--photos 200] [--typing-seconds 6]`: the slide
 * reader on this machine, with slides rendered by Chromium at 1280×720:
 * - seconds per slide (the fixture slides, clean and as phone photos);
 * - word recall on them: the share of their words a search finds (target ≥ 95 %);
 * - CPU the reader takes while the user types (target: none; it stops);
 * - a backlog of N distinct photos read on this (2-core) machine.
 * Prints figures; the last line is one JSON object.
 */
const { values } = parseArgs({
  options: {
    photos: { type: 'string', default: '200' },
    'typing-seconds': { type: 'string', default: '6' },
  },
});
const photoCount = Number(values.photos);
const typingSeconds = Number(values['typing-seconds']);
const SIZE = { width: 1280, height: 720 };

const base = await mkdtemp(join(tmpdir(), 'confnotes-slides-bench-'));
const camera = await SlideCamera.open();
const engine = createTesseractEngine(installedOcrFiles(), ['eng']);
try {
  console.log(
    `slides bench: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await engine.recognize(await camera.shoot(slideHtml(FIXTURE_SLIDES[0]), SIZE)); // warm-up

  const clean = await readFixtures(engine, false);
  const photo = await readFixtures(engine, true);
  for (const [name, run] of [
    ['clean', clean],
    ['photo', photo],
  ] as const)
    console.log(
      `  ${name} slides: ${(run.seconds / FIXTURE_SLIDES.length).toFixed(2)} s per slide (${(run.cpuSeconds / FIXTURE_SLIDES.length).toFixed(2)} s of CPU), word recall ${(run.recall * 100).toFixed(1)} % (${run.found}/${run.words})${run.missed.length ? `, missed: ${run.missed.join(' ')}` : ''}`,
    );

  const typing = await cpuWhileTyping();
  console.log(
    `  while typing (${typingSeconds} s, a signal every 100 ms, 12 photos pending): reader CPU ${typing.typingCpuMs.toFixed(0)} ms over the bench's own ${typing.baselineCpuMs.toFixed(0)} ms baseline; images read meanwhile ${typing.readWhileTyping}; once idle, first image read after ${typing.resumeMs.toFixed(0)} ms`,
  );

  const backlog = await readBacklog(photoCount);
  console.log(
    `  backlog: ${photoCount} photos in ${backlog.seconds.toFixed(0)} s (${(backlog.seconds / photoCount).toFixed(2)} s each, ${(backlog.cpuSeconds / backlog.seconds).toFixed(2)} cores busy on average), ${backlog.withText} with text`,
  );
  console.log(
    `  load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    JSON.stringify({
      bench: 'slides',
      cores: cpus().length,
      secondsPerSlide: round(clean.seconds / FIXTURE_SLIDES.length),
      cpuSecondsPerSlide: round(clean.cpuSeconds / FIXTURE_SLIDES.length),
      secondsPerPhoto: round(photo.seconds / FIXTURE_SLIDES.length),
      recall: round(clean.recall),
      photoRecall: round(photo.recall),
      recallTarget: 0.95,
      typingCpuMs: Math.round(typing.typingCpuMs),
      baselineCpuMs: Math.round(typing.baselineCpuMs),
      readWhileTyping: typing.readWhileTyping,
      resumeMs: Math.round(typing.resumeMs),
      backlogPhotos: photoCount,
      backlogSeconds: round(backlog.seconds),
      backlogCores: round(backlog.cpuSeconds / backlog.seconds),
      backlogCpuSecondsPerPhoto: round(backlog.cpuSeconds / photoCount),
      loadAverage: loadavg()[0],
    }),
  );
} finally {
  await engine.close();
  await camera.close();
  await rm(base, { recursive: true, force: true });
}

/** Reads each fixture slide; recall is over the words a search would index (stop words left out). */
async function readFixtures(ocr: OcrEngine, asPhoto: boolean) {
  let seconds = 0;
  let cpuSeconds = 0;
  let words = 0;
  let found = 0;
  const missed: string[] = [];
  for (const slide of FIXTURE_SLIDES) {
    const image = await camera.shoot(slideHtml(slide, { photo: asPhoto }), SIZE);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const { text } = await ocr.recognize(image);
    seconds += (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    cpuSeconds += (used.user + used.system) / 1e6;
    const read = new Set(terms(text));
    const expected = [...new Set(terms(slideWords(slide).join(' ')))];
    words += expected.length;
    for (const word of expected) {
      if (read.has(word)) found++;
      else missed.push(word);
    }
  }
  return { seconds, cpuSeconds, words, found, recall: found / words, missed };
}

/** A library of `count` talks, each showing one distinct slide photo. */
async function libraryWithPhotos(name: string, count: number) {
  const library = await FileLibrary.open(join(base, name, 'library'));
  const conference = await library.createConference({ title: 'Bench Conf', starts: '2024-01-01' });
  for (let i = 0; i < count; i++) {
    const fixture = FIXTURE_SLIDES[i % FIXTURE_SLIDES.length];
    const slide: FixtureSlide = { ...fixture, title: `${fixture.title} (part ${i + 1})` };
    const talk = await library.createTalk(conference.id, { title: `Talk ${i + 1}` }, '');
    const image = await camera.shoot(slideHtml(slide, { photo: i % 2 === 1 }), SIZE);
    const { src } = await library.saveAsset(talk.id, 'slide.png', image);
    const doc = await library.readTalk(talk.id);
    await library.updateTalk(talk.id, { body: `Notes.\n\n![](${src})\n` }, doc.revision);
  }
  return library;
}

/**
 * The reader started on a backlog while a typist signals every 100 ms:
 * the process's CPU over the typing window, against the same window with
 * nothing to read (the typist's own timer and signals).
 */
async function cpuWhileTyping() {
  const measure = async (photos: number) => {
    const library = await libraryWithPhotos(`typing-${photos}`, photos);
    const reads: number[] = [];
    const slides = new SlidesService({
      library,
      dataDir: join(base, `typing-${photos}`, 'data'),
      engine: (...args) => {
        const real = createTesseractEngine(...args);
        return {
          recognize: (image) => (reads.push(performance.now()), real.recognize(image)),
          abort: () => real.abort(),
          close: () => real.close(),
        };
      },
    });
    // Typing starts in the middle of reading the second image (the reader's thread started).
    await slides.start();
    if (photos > 0) while (reads.length < 2) await sleep(20);
    await sleep(200);
    const cpu = process.cpuUsage();
    const from = performance.now();
    const typist = setInterval(() => slides.typing(), 100);
    slides.typing();
    await sleep(typingSeconds * 1000);
    const used = process.cpuUsage(cpu);
    clearInterval(typist);
    const stopped = performance.now();
    const readWhileTyping = reads.filter((t) => t > from && t < stopped).length;
    let resumeMs = 0;
    if (photos > 0) {
      const before = reads.length;
      while (reads.length === before) await sleep(20);
      resumeMs = reads[before] - stopped;
    }
    await slides.close();
    await library.close();
    return { cpuMs: (used.user + used.system) / 1000, readWhileTyping, resumeMs };
  };
  const baseline = await measure(0);
  const typing = await measure(12);
  return {
    typingCpuMs: Math.max(0, typing.cpuMs - baseline.cpuMs),
    baselineCpuMs: baseline.cpuMs,
    readWhileTyping: typing.readWhileTyping,
    resumeMs: typing.resumeMs,
  };
}

async function readBacklog(count: number) {
  const library = await libraryWithPhotos('backlog', count);
  const slides = new SlidesService({ library, dataDir: join(base, 'backlog', 'data') });
  const cpu = process.cpuUsage();
  const started = performance.now();
  let shown = 0;
  await slides.drain((status) => {
    if (status.done >= shown + 50) {
      shown = status.done;
      console.log(
        `    … ${status.done}/${count} after ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const tree = await library.list();
  const withText = tree.conferences[0].talks.filter((t) => slides.textsOf(t.id).length > 0).length;
  await slides.close();
  await library.close();
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, withText };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
