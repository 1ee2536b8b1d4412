import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { NowNextResult } from '../../../shared/schedule/nowNextTypes';
import type { ScheduleImportReport } from '../../../shared/schedule/types';
import { confnotes } from '../../helpers/runCli';
import { tempDir } from '../../helpers/tempLibrary';
import { fixturePath } from './fixtures';

describe('confnotes schedule and now', () => {
  it('imports a schedule, re-imports it, and tells what is on', async () => {
    const lib = await tempDir();
    const first = await confnotes(
      'schedule',
      'import',
      fixturePath('devopsdays-2021.ics'),
      '--library',
      lib,
      '--json',
    );
    expect(first).toMatchObject({ code: 0, err: '' });
    const report = JSON.parse(first.out) as ScheduleImportReport;
    expect(report).toMatchObject({
      format: 'ics',
      conference: { created: true, timeZone: 'Europe/Amsterdam' },
    });
    expect(report.created).toHaveLength(5);

    const again = await confnotes(
      'schedule',
      'import',
      fixturePath('devopsdays-2021.ics'),
      '--library',
      lib,
    );
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      `into "DevOpsDays Amsterdam 2021" (${report.conference.folder}, existing; times in Europe/Amsterdam)`,
    );
    expect(again.out).toContain('0 created, 0 updated, 5 unchanged, 3 skipped, 0 failed');
    expect(again.out).toContain('skipped: Open spaces all day — all-day event');

    const folder = report.conference.folder;
    const now = await confnotes(
      'now',
      '--conference',
      folder,
      '--at',
      '2021-10-28T10:10',
      '--room',
      'Room C',
      '--json',
      '--library',
      lib,
    );
    expect(now.code).toBe(0);
    const result = JSON.parse(now.out) as NowNextResult;
    expect(result.now.map((t) => [t.room, t.preferred])).toEqual([
      ['Room C', true],
      ['Room B', false],
    ]);
    expect(result.open).toBe(result.now[0]?.id);
    expect(result.next.map((t) => t.title)).toEqual(['Workshop: Terraform from zero']);

    const text = await confnotes(
      'now',
      '--conference',
      folder,
      '--at',
      '2021-10-28T10:10:00+02:00',
      '--library',
      lib,
    );
    expect(text.out).toMatch(/^DevOpsDays Amsterdam 2021 — Thu 28 Oct 10:10 Europe\/Amsterdam/);
    expect(text.out).toContain('Thu 28 Oct 10:00–10:30');
    expect(text.out).toContain(
      'Room B  Observability for the rest of us — Charity Majors, Liz Fong-Jones',
    );
    expect(text.out).toMatch(/Choose one of: \w+ \w+/);

    const rooms = await confnotes(
      'schedule',
      'rooms',
      '--conference',
      folder,
      '--json',
      '--library',
      lib,
    );
    expect(JSON.parse(rooms.out)).toMatchObject({ rooms: ['Main Hall', 'Room B', 'Room C'] });
  });

  it('fails with the file named and a non-zero exit, writing nothing', async () => {
    const lib = await tempDir();
    const bad = await confnotes(
      'schedule',
      'import',
      fixturePath('wrong-shape.json'),
      '--library',
      lib,
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(
      /^confnotes schedule: wrong-shape\.json: not a pretalx\/frab schedule JSON/,
    );
    expect(bad.out).toBe('');
    expect(JSON.parse((await confnotes('list', '--json', '--library', lib)).out)).toEqual([]);

    expect((await confnotes('schedule', 'import', '--library', lib)).err).toContain(
      'needs the schedule FILE',
    );
    expect((await confnotes('now', '--library', lib)).err).toContain(
      '--conference ID_OR_FOLDER is required',
    );
    const unknown = await confnotes('now', '--conference', 'nope', '--library', lib);
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.err).toContain('nope');
  });

  it('runs through the package bin', { timeout: 90_000 }, async () => {
    const lib = await tempDir();
    const run = promisify(execFile);
    const cwd = join(import.meta.dirname, '../../..');
    const { stdout } = await run(
      'npx',
      [
        'confnotes',
        'schedule',
        'import',
        fixturePath('camp-2019.frab.xml'),
        '--json',
        '--library',
        lib,
      ],
      { cwd },
    );
    expect((JSON.parse(stdout) as ScheduleImportReport).created).toHaveLength(4);
  });
});
