import { afterEach, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { ScheduleFileError } from '../../../electron/core/schedule/scheduleFileError';
import { tempDir } from '../../helpers/tempLibrary';
import { fixturePath } from './fixtures';
import { scheduleLibrary, snapshot } from './library';

const opened: FileLibrary[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

const cases: Array<[file: string, problem: RegExp]> = [
  ['truncated.ics', /truncated\.ics: not a valid iCalendar file .*did not end/],
  ['truncated.json', /truncated\.json: not valid JSON/],
  [
    'wrong-shape.json',
    /wrong-shape\.json: not a pretalx\/frab schedule JSON[^]*schedule\.conference/,
  ],
  ['unclosed.xml', /unclosed\.xml: not well-formed XML: .*line 6/],
  ['entities.xml', /entities\.xml: declares its own entities/],
  ['notes.txt', /notes\.txt: is not a schedule Confnotes reads/],
  ['missing.ics', /missing\.ics: no such file/],
];

describe('malformed schedule files', () => {
  it.each(cases)(
    '%s: a clear error naming the file, and nothing written',
    async (file, problem) => {
      const { root, library, schedule } = await scheduleLibrary();
      opened.push(library);
      // A library with something in it, imported into by name and by source.
      const { conference: existing } = await schedule.importFile(
        fixturePath('democon-2024.pretalx.json'),
      );
      const before = await snapshot(root);
      for (const conference of [undefined, existing.folder]) {
        const attempt = schedule.importFile(fixturePath(file), conference);
        await expect(attempt).rejects.toThrow(problem);
        await expect(attempt).rejects.toBeInstanceOf(ScheduleFileError);
      }
      expect(await snapshot(root)).toEqual(before);
    },
  );

  it('refuses a file over the size cap before reading it', async () => {
    const { root, library, schedule } = await scheduleLibrary();
    opened.push(library);
    const big = join(await tempDir(), 'huge.ics');
    await writeFile(big, Buffer.alloc(21 * 1024 * 1024, 0x41));
    await expect(schedule.importFile(big)).rejects.toThrow(
      /huge\.ics: is 21\.0 MB; a schedule may be at most 20 MB/,
    );
    expect(await snapshot(root)).toEqual({});
  });

  it('refuses text that is not UTF-8', async () => {
    const { library, schedule } = await scheduleLibrary();
    opened.push(library);
    const latin1 = join(await tempDir(), 'latin1.ics');
    await writeFile(latin1, Buffer.from('BEGIN:VCALENDAR\nSUMMARY:Caf\xe9\n', 'latin1'));
    await expect(schedule.importFile(latin1)).rejects.toThrow('latin1.ics: is not UTF-8 text.');
  });
});
