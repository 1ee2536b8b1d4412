import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confnotes } from '../../helpers/runCli';
import { buildFixtureLibrary, type FixtureLibrary } from './fixtureLibrary';

let fixture: FixtureLibrary;
const previousData = process.env.CONFNOTES_DATA;

beforeAll(async () => {
  fixture = await buildFixtureLibrary();
  process.env.CONFNOTES_DATA = fixture.dataDir;
}, 120_000);

afterAll(async () => {
  if (previousData === undefined) delete process.env.CONFNOTES_DATA;
  else process.env.CONFNOTES_DATA = previousData;
  await fixture.cleanup();
});

interface Row {
  talkId: string;
  conferenceId: string;
  title: string;
  conference: string;
  speakers: string[];
  score: number;
  snippet: string;
}

const searchJson = async (...args: string[]) => {
  const result = await confnotes('search', '--library', fixture.root, '--json', ...args);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as Row[];
};

describe('confnotes search', () => {
  it('prints hits as JSON with matches marked in the snippet', async () => {
    const rows = await searchJson('telepresence');
    const talk = fixture.talk('Local Development');
    expect(rows).toEqual([
      {
        talkId: talk.id,
        conferenceId: talk.conferenceId,
        title: 'How To Build An Effective Container-Based Local Development Environment',
        conference: 'All Day DevOps 2018',
        speakers: ['Martino Fornasa'],
        score: expect.any(Number) as number,
        snippet: expect.stringContaining('Tool: **telepresence**.') as string,
      },
    ]);
  }, 120_000);

  it('takes filters as flags and in the query', async () => {
    const flags = await searchJson(
      'slo',
      '--speaker',
      'Liz Fong-Jones',
      '--year',
      '2021',
      '--kind',
      'keynote',
    );
    const typed = await searchJson('speaker:"Liz Fong-Jones" year:2021 kind:keynote slo');
    expect(flags.map((r) => r.title)).toEqual([
      'Keynote: Managing Risk with Service Level Objectives and Chaos Engineering',
    ]);
    expect(typed).toEqual(flags);
    const limited = await searchJson('devops', '--limit', '2');
    expect(limited).toHaveLength(2);
    const tagged = await searchJson('--tag', 'security', '--conference', 'All Day DevOps 2018');
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.every((r) => r.conference === 'All Day DevOps 2018')).toBe(true);
  }, 120_000);

  it('prints readable results without --json', async () => {
    const result = await confnotes('search', '--library', fixture.root, 'fargate');
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toMatch(
      /^Deploying Microservices to AWS Fargate — Ariane Gadd {2}\(All Day DevOps 2019\)/,
    );
    expect(result.out).toContain('**Fargate**');
  }, 120_000);

  it('refuses bad flags with a message and exit code 1', async () => {
    const year = await confnotes('search', '--library', fixture.root, 'x', '--year', 'last');
    expect(year.code).toBe(1);
    expect(year.err).toMatch(/--year last is not a year/);
    const kind = await confnotes('search', '--library', fixture.root, 'x', '--kind', 'talkshow');
    expect(kind.code).toBe(1);
    const empty = await confnotes('search', '--library', fixture.root);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/give a QUERY/);
  });
});

describe('confnotes reindex', () => {
  it('rebuilds the index and says how many talks it holds', async () => {
    const result = await confnotes('reindex', '--library', fixture.root, '--json');
    expect(result.code).toBe(0);
    const { talks } = JSON.parse(result.out) as { talks: number };
    expect(talks).toBe(fixture.talks.length);
    expect(await searchJson('ksync')).toHaveLength(1);
  }, 120_000);
});
