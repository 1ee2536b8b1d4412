import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ExportService } from '../../../electron/core/export/exportService';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { ScheduleFileError } from '../../../electron/core/schedule/scheduleFileError';
import { ScheduleService } from '../../../electron/core/schedule/scheduleService';
import { EXPORT_FLAVORS } from '../../../shared/ipc/export';
import { splitFrontMatter } from '../../../shared/markdown';
import { scheduleCases } from '../../fixtures/hostile/schedules';
import { trustingDangers } from '../../fixtures/hostile/render';
import { Tally } from '../../fixtures/hostile/tally';
import { createArena, filesContaining, fingerprint, markerExists } from './arena';
import { assertPortablePath } from './portable';

/**
 * Every hostile schedule through the schedule import (electron/core/schedule)
 * into a real library, then out through the export in every flavour.
 * Protections covered: link fields kept only when they are web addresses
 * (scheduleBuilder.ts with shared/webUrl.ts; the library ignores others on
 * read, the export never writes them), names bounded in bytes
 * (fileNames.ts), XML depth capped with a sentence for people
 * (frabXmlParser.ts), entities refused, size and encoding checked
 * (readScheduleFile.ts); a refused file writes nothing.
 */
const arena = createArena('schedule');
const cases = scheduleCases(arena.arm);
const tally = new Tally();
/** A schedule is read and written in well under this, even under load: more means a hang. */
const BOUND_MS = 20_000;
let library: FileLibrary;
let schedules: ScheduleService;
let outsideBefore: Record<string, string>;

/** The link fields of a front matter as written in the file, whatever the library makes of them. */
function writtenLinks(text: string): string[] {
  const { yaml } = splitFrontMatter(text);
  const data = (yaml ? parse(yaml) : {}) as { url?: string; links?: Record<string, string> };
  return [data.url, ...Object.values(data.links ?? {})].filter((v) => v !== undefined);
}

beforeAll(async () => {
  for (const c of cases) await writeFile(join(arena.sources, c.fileName), c.content);
  library = await FileLibrary.open(arena.library);
  schedules = new ScheduleService(library, { localTimeZone: 'Europe/Berlin' });
  outsideBefore = await arena.outside();
});

afterAll(async () => {
  tally.print();
  expect(tally.count('schedule import')).toBe(cases.length);
  await library.close();
  expect(await markerExists(arena.arm)).toBe(false);
  await arena.cleanup();
});

describe('importing hostile schedules', () => {
  it.each(cases)(
    '$id: $expected',
    async (c) => {
      tally.add('schedule import', c.id);
      const path = join(arena.sources, c.fileName);
      if (c.outcome === 'refused') {
        const before = await fingerprint(arena.library);
        const error = await schedules.importFile(path).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(ScheduleFileError);
        const message = (error as Error).message;
        // One sentence for people: the file, then the reason; no stack, no parser jargon.
        expect(message.startsWith(`${c.fileName}: `), message).toBe(true);
        expect(message).toMatch(c.reason!);
        expect(message).not.toMatch(/Error:|unexpected|\n\s+at /);
        expect(await fingerprint(arena.library)).toEqual(before);
        return;
      }
      const report = await schedules.importFile(path);
      expect(report.failed).toEqual([]);
      expect(report.created.length).toBeGreaterThan(0);
      expect(report.refused, JSON.stringify(report.refused)).toHaveLength(c.refusedLinks ?? 0);
      for (const entry of report.refused) expect(entry.reason).toMatch(/is not a web address/);
      const conference = await library.readConference(report.conference.id);
      const written = [conference.path];
      for (const talk of report.created) written.push((await library.readTalk(talk.id)).path);
      for (const file of written) {
        assertPortablePath(file);
        for (const url of writtenLinks(await readFile(join(arena.library, file), 'utf8')))
          expect(url, `${c.id}: ${file}`).toMatch(/^https?:\/\//);
      }
      await exportEveryFlavour(report.conference.id, c.id);
      expect(await arena.outside()).toEqual(outsideBefore);
    },
    BOUND_MS,
  );
});

/** The imported conference published as a folder and as one post, in every flavour. */
async function exportEveryFlavour(conferenceId: string, caseId: string): Promise<void> {
  const exporter = new ExportService(library);
  for (const flavor of EXPORT_FLAVORS) {
    for (const folder of [true, false]) {
      const destination = join(arena.destination, caseId, flavor, folder ? 'folder' : 'post');
      const result = await exporter.run({
        scope: { kind: 'conference', id: conferenceId },
        flavor,
        folder,
        destination,
        images: 'images',
        force: false,
        toc: true,
        keepHtml: false,
      });
      for (const file of result.files) {
        assertPortablePath(file.path);
        const text = await readFile(join(destination, file.path), 'utf8');
        const { body } = splitFrontMatter(text);
        expect(trustingDangers(body), `${caseId} ${flavor}: ${file.path}`).toEqual([]);
        for (const url of writtenLinks(text)) expect(url).toMatch(/^https?:\/\//);
      }
    }
  }
  expect(await filesContaining(arena.destination, arena.secretToken)).toEqual([]);
}
