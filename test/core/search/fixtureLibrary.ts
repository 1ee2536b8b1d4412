import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import type { TalkKind } from '../../../shared/schemas';
import { sharedNotesDir } from '../../helpers/sharedFixtures';

/**
 * The three attendees' write-ups (shared/fixtures/notes) built into a real
 * library through FileLibrary: one conference per file, one talk per
 * `Title — Speaker (Affiliation)` heading, bullets turned into Markdown.
 */
const FIXTURES = sharedNotesDir();

const CONFERENCES = [
  {
    file: 'all-day-devops-2018.txt',
    title: 'All Day DevOps 2018',
    starts: '2018-10-17',
    tags: ['devops'],
  },
  {
    file: 'all-day-devops-2019.txt',
    title: 'All Day DevOps 2019',
    starts: '2019-11-06',
    tags: ['devops'],
  },
  {
    file: 'all-day-devops-2021.txt',
    title: 'All Day DevOps 2021',
    starts: '2021-10-28',
    tags: ['devops', 'online'],
  },
];

interface FixtureTalk {
  id: string;
  conferenceId: string;
  title: string;
  year: number;
}

export interface FixtureLibrary {
  root: string;
  dataDir: string;
  library: FileLibrary;
  talks: FixtureTalk[];
  /** The talk whose title contains `words`. */
  talk(words: string): FixtureTalk;
  cleanup(): Promise<void>;
}

interface ParsedTalk {
  title: string;
  speakers: Array<{ name: string; affiliation?: string }>;
  body: string;
}

function splitTalks(text: string): ParsedTalk[] {
  const talks: ParsedTalk[] = [];
  for (const line of text.split('\n')) {
    const heading = /^(\S.{3,160}?) — (.+)$/.exec(line.trim() === line ? line : '');
    if (heading) {
      const speakers = heading[2].split(/ & /).map((s) => {
        const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(s);
        return m ? { name: m[1], affiliation: m[2] } : { name: s.trim() };
      });
      talks.push({ title: heading[1], speakers, body: '' });
    } else if (talks.length > 0) {
      talks.at(-1)!.body += `${line.replace(/^\s*•\s*/, '- ')}\n`;
    }
  }
  return talks;
}

function tagsOf(title: string, body: string): string[] {
  const tags = new Set<string>();
  if (/secur|devsecops/i.test(title)) tags.add('security');
  if (/chaos/i.test(title)) tags.add('chaos');
  if (/container|docker|kubernetes/i.test(`${title} ${body.slice(0, 400)}`)) tags.add('containers');
  return [...tags];
}

export async function buildFixtureLibrary(): Promise<FixtureLibrary> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'confnotes-search-'));
  const root = path.join(base, 'library');
  const dataDir = path.join(base, 'data');
  const library = await FileLibrary.open(root);
  const talks: FixtureTalk[] = [];
  for (const c of CONFERENCES) {
    const conference = await library.createConference({
      title: c.title,
      starts: c.starts,
      tags: c.tags,
    });
    const text = await readFile(path.join(FIXTURES, c.file), 'utf8');
    for (const talk of splitTalks(text)) {
      const keynote = /^Keynote:/.test(talk.title);
      let body = talk.body.trim() + '\n';
      // One talk gets an open action item, one a done one, for the `is:open` filter.
      if (/Container security monitoring/.test(talk.title))
        body += '\n- [ ] try the Falco rules on staging\n';
      if (/Everybody Gets A Staging/.test(talk.title)) body += '\n- [x] read the Helm docs\n';
      const kind: TalkKind = keynote ? 'keynote' : 'talk';
      const created = await library.createTalk(
        conference.id,
        { title: talk.title, speakers: talk.speakers, kind, tags: tagsOf(talk.title, body) },
        body,
      );
      talks.push({
        id: created.id,
        conferenceId: conference.id,
        title: talk.title,
        year: Number(c.starts.slice(0, 4)),
      });
    }
  }
  return {
    root,
    dataDir,
    library,
    talks,
    talk(words) {
      const found = talks.find((t) => t.title.includes(words));
      if (!found) throw new Error(`no fixture talk titled like ${words}`);
      return found;
    },
    async cleanup() {
      await library.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}
