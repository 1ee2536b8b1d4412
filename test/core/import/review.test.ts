import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../electron/core/import/buildPlan';
import type { ImportCorrections } from '../../../shared/ipc/importReview';
import { confnotes } from '../../helpers/runCli';
import { tempDir } from '../../helpers/tempLibrary';
import { FIXTURES } from './importHelpers';

const DAYS = join(FIXTURES, 'two-days/2022_05_nordic-summit');
const DAY1 = join(DAYS, 'day1.md');

const titles = async (paths: string[], review?: ImportCorrections) =>
  (await buildPlan(paths, undefined, review)).conferences.map((c) => [
    c.title,
    c.meta.starts,
    c.talks.map((t) => `${t.title} | ${t.speakers.map((s) => s.name).join(', ')}`),
  ]);

describe('the review before an import', () => {
  it('names the conference from its folder (a date prefix, a generic day file) and offers the ways to read it', async () => {
    const plan = await buildPlan([DAY1]);
    const [conference] = plan.conferences;
    expect(conference.title).toBe('Nordic Summit 2022');
    expect(conference.reading?.chosen).toBe('heading-3');
    expect(conference.reading?.choices.map((c) => c.marker)).toEqual(
      expect.arrayContaining(['heading-3', 'heading-4', 'none']),
    );
    expect(conference.talks[0]).toMatchObject({
      firstLine: 'Feature flags and a calm on-call rotation.',
      parts: ['What they measure', 'Lead time, and how often rollbacks happen.'],
    });
  });

  it('reads the talks at another marker when the reader says so, or keeps the file whole', async () => {
    expect(await titles([DAY1], { markers: { [DAY1]: 'heading-4' } })).toEqual([
      ['Nordic Summit 2022', '2022-01-01', ['What they measure | ']],
    ]);
    const whole = await buildPlan([DAY1], undefined, { marker: 'none' });
    expect(whole.conferences.flatMap((c) => c.talks)).toHaveLength(1);
  });

  it('applies the corrections: title, speakers, merge, split, notes, conference title and year', async () => {
    const first = (await buildPlan([DAY1])).conferences[0];
    const [shipping, postgres] = first.talks;
    const plan = await buildPlan([DAY1], undefined, {
      conferences: [{ source: first.source, title: 'Nordic Summit', year: 2021 }],
      talks: [
        {
          source: shipping.source,
          title: 'Shipping on a Friday',
          speakers: 'Maja Lindqvist (Acme)',
          splitAt: 'What they measure',
        },
        { source: postgres.source, mergeWithPrevious: true },
      ],
    });
    const [conference] = plan.conferences;
    expect(conference.title).toBe('Nordic Summit');
    expect(conference.meta.starts).toBe('2021-01-01');
    expect(conference.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Shipping on a Friday', [{ name: 'Maja Lindqvist', affiliation: 'Acme' }]],
      ['What they measure', []],
    ]);
    // The merged talk's title and text moved into the talk before it.
    expect(conference.talks[1].body).toContain('## Postgres at the edge — Erik Holm, Nora Berg');
    expect(conference.talks[1].body).toContain('Read replicas in every region.');

    const noted = await buildPlan([DAY1], undefined, {
      talks: [{ source: postgres.source, keepInNotes: true }],
    });
    expect(noted.conferences[0].talks).toHaveLength(1);
    expect(noted.conferences[0].body).toContain('Read replicas in every region.');
  });

  it('makes one conference of two days, importing a talk both days list once', async () => {
    const plan = await buildPlan([DAYS]);
    expect(plan.conferences.map((c) => [c.title, c.talks.map((t) => t.title)])).toEqual([
      [
        'Nordic Summit 2022',
        ['Shipping on Fridays', 'Postgres at the edge', 'Design systems that last'],
      ],
    ]);
    expect(plan.skipped).toEqual([
      expect.objectContaining({
        reason: expect.stringMatching(/the same talk as in .*day1\.md/) as string,
      }),
    ]);
  });

  it('confnotes import --talks-at says what marks a talk, and refuses what it does not know', async () => {
    const lib = await tempDir();
    const result = await confnotes(
      'import',
      DAY1,
      '--talks-at',
      'heading-4',
      '--dry-run',
      '--json',
      '--library',
      lib,
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as {
      conferences: Array<{ talks: Array<{ title: string }> }>;
    };
    expect(report.conferences[0].talks.map((t) => t.title)).toEqual(['What they measure']);
    const wrong = await confnotes('import', DAY1, '--talks-at', 'chapters', '--library', lib);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--talks-at must be one of');
  });
});
