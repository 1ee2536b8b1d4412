import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { ExportService } from '../../electron/core/export/exportService';
import { FileLibrary } from '../../electron/core/library/fileLibrary';
import { EXPORT_FLAVORS, ExportRequestSchema, type ExportFlavor } from '../../shared/ipc/export';
import { joinFrontMatter } from '../../shared/markdown';
import { fakePng } from '../helpers/images';

/**
 * `npm run bench -- export [--talks 10000] [--flavor hugo] [--keep]`: writes a
 * library of generated talk notes (headings, lists, quotes, tables, links,
 * slides as images) in the on-disk format, opens it with FileLibrary, and
 * exports it all as folders. Target: the export of 10,000 talks in ≤ 15 s.
 * Prints figures; the last line is one JSON object.
 */
const { values } = parseArgs({
  options: {
    talks: { type: 'string', default: '10000' },
    flavor: { type: 'string', default: 'hugo' },
    keep: { type: 'boolean', default: false },
  },
});
const talkCount = Number(values.talks);
const flavor = values.flavor as ExportFlavor;
if (!Number.isInteger(talkCount) || talkCount < 1 || !EXPORT_FLAVORS.includes(flavor)) {
  console.error(
    'usage: npm run bench -- export [--talks N] [--flavor hugo|jekyll|obsidian|plain] [--keep]',
  );
  process.exit(2);
}
const TALKS_PER_CONFERENCE = 50;
const WORDS =
  'culture automation measurement sharing devops pipeline deploy chaos testing security team learning feedback flow metrics incident kubernetes cloud observability latency service platform developer experience release production failure recovery'.split(
    ' ',
  );

/** mulberry32: every run writes the same library. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(42);
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
const sentence = (n: number) => {
  const words = Array.from({ length: n }, () => pick(WORDS));
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
};

function notes(index: number): string {
  const parts = [
    `${sentence(18)} ${sentence(12)} See [the slides](https://slides.example/${index}).`,
    `## ${sentence(3).slice(0, -1)}`,
    ['- ', '- ', '- '].map((dash) => dash + sentence(6)).join('\n'),
    `> ${sentence(14)}\n> —Speaker ${index}`,
    index % 10 === 0
      ? `![Slide of talk ${index}](<assets/slide ${index % 200}.png>)`
      : sentence(10),
    `### ${sentence(2).slice(0, -1)}`,
    `| Metric | Value |\n| --- | --- |\n| ${pick(WORDS)} | ${index} |\n| *${pick(WORDS)}* | 5*3 |`,
    `1. ${sentence(8)}\n2. ${sentence(8)}`,
    `${sentence(25)} ${sentence(20)}`,
  ];
  return `${parts.join('\n\n')}\n`;
}

async function writeLibrary(root: string): Promise<void> {
  for (let c = 0; c * TALKS_PER_CONFERENCE < talkCount; c++) {
    const folder = join(root, `20${10 + (c % 15)}-conference-${c}`);
    await mkdir(join(folder, 'assets'), { recursive: true });
    const day = `20${10 + (c % 15)}-10-${String(1 + (c % 28)).padStart(2, '0')}`;
    const conference = { id: `c${c}`, title: `Conference ${c}`, starts: day, tags: ['devops'] };
    await writeFile(
      join(folder, 'conference.md'),
      joinFrontMatter(stringify(conference), `${sentence(30)}\n`),
    );
    // The slides that talks 0, 10, 20, … of this conference show.
    for (let t = 0; t < TALKS_PER_CONFERENCE; t += 10) {
      const s = (c * TALKS_PER_CONFERENCE + t) % 200;
      await writeFile(join(folder, 'assets', `slide ${s}.png`), fakePng(`png ${c}-${s}`));
    }
    const writes: Promise<void>[] = [];
    for (let t = 0; t < TALKS_PER_CONFERENCE && c * TALKS_PER_CONFERENCE + t < talkCount; t++) {
      const i = c * TALKS_PER_CONFERENCE + t;
      const meta = {
        id: `t${i}`,
        title: `${sentence(4).slice(0, -1)} ${i}`,
        speakers: [{ name: `Speaker ${i}`, affiliation: 'Example' }],
        kind: 'talk',
        starts: `${day}T${String(8 + (t % 10)).padStart(2, '0')}:${t % 2 ? '30' : '00'}:00+02:00`,
        tags: [pick(WORDS), pick(WORDS)],
      };
      writes.push(
        writeFile(join(folder, `talk-${i}.md`), joinFrontMatter(stringify(meta), notes(i))),
      );
    }
    await Promise.all(writes);
  }
}

const base = await mkdtemp(join(tmpdir(), 'confnotes-bench-export-'));
try {
  const root = join(base, 'library');
  let start = performance.now();
  await writeLibrary(root);
  const generateMs = performance.now() - start;

  start = performance.now();
  const library = await FileLibrary.open(root);
  const openMs = performance.now() - start;

  const exporter = new ExportService(library);
  let readMs = 0;
  const cpuStart = process.cpuUsage();
  start = performance.now();
  let readCpuMs = 0;
  exporter.onProgress((p) => {
    if (p.phase === 'writing' && p.done === 0) {
      readMs = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      readCpuMs = (used.user + used.system) / 1000;
    }
  });
  const destination = join(base, 'out');
  const result = await exporter.run(
    ExportRequestSchema.parse({ scope: { kind: 'library' }, flavor, destination }),
  );
  const exportMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time of this process: on a shared machine it says more than the clock.
  const exportCpuMs = (cpu.user + cpu.system) / 1000;
  await library.close();
  const written = (await readdir(destination, { recursive: true })).length;

  console.log(
    `library: ${talkCount} talks, generated in ${(generateMs / 1000).toFixed(1)} s, opened in ${(openMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `export (${flavor}, folders): ${result.notes} notes, ${result.images} images, ${result.warnings.length} warnings`,
  );
  console.log(
    `  read + render ${(readMs / 1000).toFixed(1)} s, write ${((exportMs - readMs) / 1000).toFixed(1)} s, total ${(exportMs / 1000).toFixed(1)} s (target ≤ 15 s); CPU ${(exportCpuMs / 1000).toFixed(1)} s`,
  );
  if (values.keep) console.log(`kept in ${base}`);
  console.log(
    JSON.stringify({
      bench: 'export',
      talks: talkCount,
      flavor,
      notes: result.notes,
      images: result.images,
      entriesWritten: written,
      warnings: result.warnings.length,
      openMs: Math.round(openMs),
      readRenderMs: Math.round(readMs),
      writeMs: Math.round(exportMs - readMs),
      exportMs: Math.round(exportMs),
      exportCpuMs: Math.round(exportCpuMs),
      readRenderCpuMs: Math.round(readCpuMs),
      targetMs: 15_000,
      withinTarget: exportMs <= 15_000,
    }),
  );
} finally {
  if (!values.keep) await rm(base, { recursive: true, force: true });
}
