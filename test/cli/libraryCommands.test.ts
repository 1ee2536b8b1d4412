import { execFile } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { confnotes } from '../helpers/runCli';
import { tempDir } from '../helpers/tempLibrary';

describe('confnotes library commands', () => {
  it('creates a conference and a talk, sets notes, lists and shows them as JSON', async () => {
    const lib = await tempDir();
    const conference = await confnotes(
      'new-conference',
      '--library',
      lib,
      '--title',
      'All Day DevOps',
      '--starts',
      '2021-10-28',
      '--tags',
      'devops,online',
      '--json',
    );
    expect(conference.code).toBe(0);
    const { id: conferenceId, path } = JSON.parse(conference.out) as { id: string; path: string };
    expect(path).toBe('2021-all-day-devops');

    const talk = await confnotes(
      'new-talk',
      '--library',
      lib,
      '--conference',
      path,
      '--title',
      'Gamification of Chaos Testing',
      '--speaker',
      'Bram Vogelaar (Sue)',
      '--speaker',
      'Ana Medina',
      '--kind',
      'keynote',
      '--json',
    );
    const { id: talkId } = JSON.parse(talk.out) as { id: string };

    const notes = join(lib, 'notes.md');
    await writeFile(notes, '## Why\n\n- chaos\n  - games\n');
    expect((await confnotes('set-notes', talkId, '--file', notes, '--library', lib)).code).toBe(0);

    const list = JSON.parse((await confnotes('list', '--json', '--library', lib)).out) as unknown;
    expect(list).toEqual([
      {
        id: conferenceId,
        title: 'All Day DevOps',
        starts: '2021-10-28',
        path: '2021-all-day-devops',
        talks: [
          {
            id: talkId,
            title: 'Gamification of Chaos Testing',
            speakers: [{ name: 'Bram Vogelaar', affiliation: 'Sue' }, { name: 'Ana Medina' }],
            kind: 'keynote',
            tags: [],
            path: '2021-all-day-devops/gamification-of-chaos-testing.md',
          },
        ],
      },
    ]);
    const shown = JSON.parse((await confnotes('show', talkId, '--json', '--library', lib)).out) as {
      body: string;
      type: string;
    };
    expect(shown).toMatchObject({ type: 'talk', body: '## Why\n\n- chaos\n  - games\n' });
    const conferenceShown = JSON.parse(
      (await confnotes('show', path, '--json', '--library', lib)).out,
    ) as { type: string };
    expect(conferenceShown.type).toBe('conference');
  });

  it('check prints one line per problem and exits 1', async () => {
    const lib = await tempDir();
    await mkdir(join(lib, 'conf'));
    await writeFile(join(lib, 'conf/conference.md'), '---\nid: C\ntitle: Conf\n---\n');
    await writeFile(join(lib, 'conf/bad.md'), '---\ntitle: [\n---\n');
    const result = await confnotes('check', '--library', lib);
    expect(result.code).toBe(1);
    expect(result.out.split('\n')).toEqual([
      expect.stringMatching(/^conf\/bad\.md: invalid YAML front matter/),
      'conf/bad.md: front matter has no id',
    ]);
    await writeFile(join(lib, 'conf/bad.md'), '---\nid: B\ntitle: Fixed\n---\n');
    expect((await confnotes('check', '--library', lib)).code).toBe(0);
  });

  it('reports mistakes on stderr with a non-zero exit', async () => {
    const lib = await tempDir();
    const missing = await confnotes(
      'new-talk',
      '--library',
      lib,
      '--conference',
      'nope',
      '--title',
      'X',
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/No conference with id nope/);
    const unknown = await confnotes('frobnicate');
    expect(unknown.code).toBe(2);
    const badFlag = await confnotes('list', '--library', lib, '--bogus');
    expect(badFlag.code).toBe(1);
    expect(badFlag.err).toMatch(/bogus/);
    expect((await confnotes('new-talk', '--help')).out).toMatch(/--conference ID_OR_FOLDER/);
  });

  it('uses CONFNOTES_LIBRARY when no --library is given', async () => {
    const lib = await tempDir();
    process.env.CONFNOTES_LIBRARY = lib;
    try {
      await confnotes('new-conference', '--title', 'From Env');
      expect(await readFile(join(lib, 'from-env/conference.md'), 'utf8')).toContain(
        'title: From Env',
      );
    } finally {
      delete process.env.CONFNOTES_LIBRARY;
    }
  });

  it('runs as `npx confnotes` from the project root in plain Node', async () => {
    const lib = await tempDir();
    const run = promisify(execFile);
    const { stdout } = await run('npx', ['confnotes', 'init', '--json', '--library', lib], {
      cwd: join(import.meta.dirname, '../..'),
    });
    expect(JSON.parse(stdout)).toEqual({ path: lib });
  });
});
