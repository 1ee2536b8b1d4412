import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import {
  frontMatterCases,
  NAME_CASES,
  noteCases,
  type NoteCase,
} from '../../fixtures/hostile/cases';
import { fakePng } from '../../helpers/images';
import type { Arena } from './arena';

/**
 * A library holding the whole corpus, as a sync tool or another editor could
 * leave it: every note and front-matter case as a talk file (its title is
 * the file name, so the case id), a symbolic link in `assets/` to the secret
 * beside the library, and a second conference whose talks carry hostile
 * titles, speakers, tags and links in their front matter.
 */
export interface HostileLibrary {
  library: FileLibrary;
  notes: NoteCase[];
  /** Talk id by case id (note, front-matter and name cases). */
  talkOf: Map<string, string>;
  conferenceIds: string[];
}

export async function buildHostileLibrary(arena: Arena): Promise<HostileLibrary> {
  const notes = [...noteCases(arena.arm), ...frontMatterCases(arena.arm)];
  const setup = await FileLibrary.open(arena.library);
  const talkOf = new Map<string, string>();
  const hostile = await setup.createConference({ title: 'Hostile Con 2024' });
  const named = await setup.createConference({
    title: 'Named Con 2023',
    url: 'javascript:alert(1)',
    tags: ['<script>'],
  });
  for (const name of NAME_CASES) {
    // A title the library refuses (it says why; see library.test.ts) becomes the case id.
    const title = await setup
      .createConference({ title: name.name })
      .then(async (c) => (await setup.deleteConference(c.id), name.name))
      .catch(() => name.id);
    const talk = await setup.createTalk(
      named.id,
      {
        title,
        speakers: [
          {
            name: `<img src=x onerror=alert(1)> ${name.id}`,
            affiliation: '[x](javascript:alert(1))',
          },
        ],
        tags: [title],
        links: {
          video: 'javascript:alert(1)',
          slides: 'smb://attacker.example/share',
          page: 'file:///etc/passwd',
        },
      },
      `Notes on ${name.id}.\n`,
    );
    talkOf.set(name.id, talk.id);
  }
  await setup.close();
  const dir = join(arena.library, hostile.folder);
  for (const note of notes) await writeFile(join(dir, `${note.id}.md`), note.content);
  await mkdir(join(dir, 'assets'));
  await symlink(arena.arm.secret, join(dir, 'assets', 'escape.png'));
  await writeSecretsInside(arena, dir, join(arena.library, named.folder));
  const library = await FileLibrary.open(arena.library);
  for (const conference of (await library.list()).conferences) {
    for (const talk of conference.talks) {
      const stem = talk.path.split('/')[1].replace(/\.md$/, '');
      if (conference.id === hostile.id) talkOf.set(stem, talk.id);
    }
  }
  return { library, notes, talkOf, conferenceIds: [hostile.id, named.id] };
}

/**
 * Files inside the library that no note's image may publish, each holding
 * the secret token: the library's git config, a real PNG in a dot-folder and
 * one in another conference, a text file and an SVG named as images, and a
 * link in assets/ to the git config. The image cases of notes.ts point at them.
 */
async function writeSecretsInside(arena: Arena, dir: string, otherConference: string) {
  const config = join(arena.library, '.git', 'config');
  await mkdir(join(arena.library, '.git'));
  await writeFile(
    config,
    `[remote "origin"]\n\turl = https://me:${arena.secretToken}@git.example/notes\n`,
  );
  await mkdir(join(dir, '.hidden'));
  await writeFile(join(dir, '.hidden', 'slide.png'), fakePng(arena.secretToken));
  await mkdir(join(otherConference, 'assets'), { recursive: true });
  await writeFile(join(otherConference, 'assets', 'slide.png'), fakePng(arena.secretToken));
  await writeFile(join(dir, 'assets', 'notes.png'), `notes ${arena.secretToken}\n`);
  await writeFile(
    join(dir, 'assets', 'diagram.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg"><script>alert("${arena.secretToken}")</script></svg>\n`,
  );
  await symlink(config, join(dir, 'assets', 'config.png'));
}
