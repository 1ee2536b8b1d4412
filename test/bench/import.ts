import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { createImportService } from '../../electron/core/import/importService';
import { FileLibrary } from '../../electron/core/library/fileLibrary';
import { joinFrontMatter } from '../../shared/markdown';

/**
 * `npm run bench -- import [--files 1000] [--keep]`: writes an Obsidian-like
 * vault of Markdown notes (one folder per conference, front matter on most
 * notes, every tenth note a whole-conference post with five talks), then
 * imports it into an empty library, then imports it again (nothing to do).
 * Target: importing 1,000 Markdown files in ≤ 10 s. Prints figures; the last
 * line is one JSON object.
 */
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
  },
});
const fileCount = Number(values.files);
if (!Number.isInteger(fileCount) || fileCount < 1) {
  console.error('usage: npm run bench -- import [--files N] [--keep]');
  process.exit(2);
}
const NOTES_PER_FOLDER = 25;
const TARGET_MS = 10_000;
const WORDS =
  'culture automation measurement sharing devops pipeline deploy chaos testing security team learning feedback flow metrics incident kubernetes cloud observability latency service platform'.split(
    ' ',
  );
const NAMES = [
  'Ana Medina',
  'Liz Fong-Jones',
  'Jan de Vries',
  'Sean O’Dell',
  'Bram Vogelaar',
  'Renato Losio',
];

let state = 7;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
const sentence = (n: number) =>
  `${Array.from({ length: n }, () => pick(WORDS))
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase())}.`;

function talkNotes(): string {
  return [
    `${sentence(20)} ${sentence(15)}`,
    `## ${sentence(3).slice(0, -1)}`,
    ['- ', '- ', '  - '].map((dash) => dash + sentence(6)).join('\n'),
    `> ${sentence(12)}\n> — ${pick(NAMES)}`,
    `${sentence(25)} See [the slides](https://slides.example/${Math.floor(random() * 1e6)}).`,
  ].join('\n\n');
}

async function writeVault(root: string): Promise<void> {
  for (let i = 0; i < fileCount; i++) {
    const folder = join(root, `Conference ${Math.floor(i / NOTES_PER_FOLDER)}`);
    if (i % NOTES_PER_FOLDER === 0) await mkdir(folder, { recursive: true });
    if (i % 10 === 5) {
      // A whole-conference post, split into talks by its headings.
      const talks = Array.from(
        { length: 5 },
        (_, t) =>
          `## Talk ${i}.${t}: ${sentence(4).slice(0, -1)} — ${pick(NAMES)}\n\n${talkNotes()}`,
      );
      await writeFile(
        join(folder, `post ${i}.md`),
        `# Summit ${i}\n\n${sentence(30)}\n\n${talks.join('\n\n')}\n`,
      );
    } else if (i % 3 === 0) {
      await writeFile(
        join(folder, `${sentence(4).slice(0, -1)} - ${pick(NAMES)} ${i}.md`),
        `${talkNotes()}\n`,
      );
    } else {
      const meta = {
        title: `Talk ${i}: ${sentence(5).slice(0, -1)}`,
        speakers: [{ name: pick(NAMES) }],
        tags: [pick(WORDS)],
        date: '2022-10-12',
      };
      await writeFile(
        join(folder, `note-${i}.md`),
        joinFrontMatter(stringify(meta), `${talkNotes()}\n`),
      );
    }
  }
}

const dir = await mkdtemp(join(tmpdir(), 'confnotes-bench-import-'));
try {
  const vault = join(dir, 'vault');
  await writeVault(vault);
  const library = await FileLibrary.open(join(dir, 'library'));
  const importer = createImportService(library);

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let readMs = 0;
  const first = await importer.run({ paths: [vault] }, (progress) => {
    if (progress.phase === 'reading' && progress.done === progress.total)
      readMs = Math.round(performance.now() - started);
  });
  const importMs = Math.round(performance.now() - started);
  // CPU time of this process: what the import costs when the machine is not shared.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const again = performance.now();
  const second = await importer.run({ paths: [vault] });
  const reimportMs = Math.round(performance.now() - again);
  await library.close();

  const talks = first.counts.created;
  console.log(
    `files:          ${fileCount} Markdown files in ${Math.ceil(fileCount / NOTES_PER_FOLDER)} folders`,
  );
  console.log(
    `imported:       ${first.conferences.length} conferences, ${talks} talks, ${first.skipped.length} skipped`,
  );
  console.log(
    `import:         ${importMs} ms (target ≤ ${TARGET_MS} ms), ${(fileCount / (importMs / 1000)).toFixed(0)} files/s`,
  );
  console.log(`  cpu:          ${cpuMs} ms of processor time in this process`);
  console.log(`  reading:      ${readMs} ms (find, read, parse, split: the plan)`);
  console.log(`  writing:      ${importMs - readMs} ms (through the library, atomic writes)`);
  console.log(
    `re-import:      ${reimportMs} ms, ${second.counts.unchanged} unchanged, ${second.counts.created} created`,
  );
  console.log(
    JSON.stringify({
      bench: 'import',
      files: fileCount,
      conferences: first.conferences.length,
      talks,
      skipped: first.skipped.length,
      importMs,
      cpuMs,
      readMs,
      writeMs: importMs - readMs,
      reimportMs,
      reimportCreated: second.counts.created,
      targetMs: TARGET_MS,
      withinTarget: importMs <= TARGET_MS,
    }),
  );
} finally {
  if (values.keep) console.error(`kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
