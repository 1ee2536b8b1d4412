import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import type { LibraryChange } from '../../../shared/library';
import { tempDir } from '../../helpers/tempLibrary';

/** The window's listing: an outline first, talks after, and changes that carry their rows. */
describe('the library listing for the window (issue 16)', () => {
  async function library() {
    const root = await tempDir();
    let minute = 0;
    // Each save a minute later, so "edited last" has an order.
    const clock = () => new Date(Date.UTC(2024, 0, 1, 12, minute++));
    return { root, library: await FileLibrary.open(root, { clock }) };
  }

  it('outlines conferences newest first with their talk counts, and no talks', async () => {
    const { library: lib } = await library();
    const old = await lib.createConference({ title: 'DevOpsDays Ghent', starts: '2019-10-29' });
    const recent = await lib.createConference({ title: 'KubeCon', starts: '2023-04-18' });
    await lib.createTalk(old.id, { title: 'One' });
    await lib.createTalk(recent.id, { title: 'Two' });
    await lib.createTalk(recent.id, { title: 'Three' });
    const outline = await lib.outline();
    expect(outline.conferences.map((c) => [c.meta.title, c.talkCount])).toEqual([
      ['KubeCon', 2],
      ['DevOpsDays Ghent', 1],
    ]);
    expect(outline.talkCount).toBe(3);
    expect(JSON.stringify(outline)).not.toContain('"One"');
    await lib.close();
  });

  it('lists talks in schedule order, titles in natural order, untimed last', async () => {
    const { library: lib } = await library();
    const conf = await lib.createConference({ title: 'Conf', starts: '2024-05-01' });
    for (const title of ['Talk 39', 'Talk 4', 'talk 10', 'Talk 100'])
      await lib.createTalk(conf.id, { title });
    await lib.createTalk(conf.id, { title: 'Zebra at nine', starts: '2024-05-01T09:00:00' });
    // 08:30 in Amsterdam is 06:30 UTC: an offset is honoured, and sorts before nine local.
    await lib.createTalk(conf.id, { title: 'Opening', starts: '2024-05-01T06:30:00Z' });
    const titles = (await lib.listTalks()).map((t) => t.meta.title);
    expect(titles).toEqual([
      'Opening',
      'Zebra at nine',
      'Talk 4',
      'talk 10',
      'Talk 39',
      'Talk 100',
    ]);
    await lib.close();
  });

  it('lists only the conferences asked for, grouped in outline order', async () => {
    const { library: lib } = await library();
    const a = await lib.createConference({ title: 'A', starts: '2020-01-01' });
    const b = await lib.createConference({ title: 'B', starts: '2022-01-01' });
    const c = await lib.createConference({ title: 'C', starts: '2021-01-01' });
    for (const conf of [a, b, c]) await lib.createTalk(conf.id, { title: `In ${conf.meta.title}` });
    expect((await lib.listTalks([a.id, b.id])).map((t) => t.meta.title)).toEqual(['In B', 'In A']);
    expect((await lib.listTalks()).map((t) => t.conferenceId)).toEqual([b.id, c.id, a.id]);
    await lib.close();
  });

  it('lists a talk compactly: no notes, tags, links or affiliations', async () => {
    const { library: lib } = await library();
    const conf = await lib.createConference({ title: 'Conf' });
    await lib.createTalk(
      conf.id,
      {
        title: 'Chaos',
        speakers: [{ name: 'Bram Vogelaar', affiliation: 'Xebia' }],
        tags: ['chaos'],
        links: { video: 'https://example.com/v' },
        room: 'Main',
      },
      'The notes.\n',
    );
    const [talk] = await lib.listTalks();
    expect(talk.meta).toEqual({
      title: 'Chaos',
      kind: 'talk',
      room: 'Main',
      speakers: [{ name: 'Bram Vogelaar' }],
      updated: '2024-01-01T12:00:00.000Z',
    });
    expect(talk.problems).toBeUndefined();
    await lib.close();
  });

  it('sends each change with its listing, so the window need not list again', async () => {
    const { root, library: lib } = await library();
    const changes: LibraryChange[] = [];
    lib.onChange((change) => changes.push(change));
    const conf = await lib.createConference({ title: 'Conf', starts: '2024-05-01' });
    let talk = await lib.createTalk(conf.id, { title: 'Draft' });
    talk = await lib.updateTalk(talk.id, { meta: { title: 'Final' } }, talk.revision);
    talk = await lib.updateTalk(talk.id, { body: 'typing\n' }, talk.revision);
    await lib.deleteTalk(talk.id);
    expect(
      changes.map((c) => [c.entity, c.kind, c.conference?.meta.title ?? c.talk?.meta.title]),
    ).toEqual([
      ['conference', 'added', 'Conf'],
      ['talk', 'added', 'Draft'],
      ['talk', 'changed', 'Final'],
      ['talk', 'changed', undefined],
      ['talk', 'removed', undefined],
    ]);
    expect(changes[3].notesOnly).toBe(true);

    // A file changed outside the app: the rescan's change carries the new listing too.
    changes.length = 0;
    await writeFile(
      join(root, conf.folder, 'outside.md'),
      '---\nid: OUT\ntitle: Written in vim\n---\n',
    );
    await lib.list();
    expect(changes).toMatchObject([
      {
        entity: 'talk',
        kind: 'added',
        external: true,
        talk: { meta: { title: 'Written in vim' } },
      },
    ]);
    await lib.close();
  });

  it('reads the disk again when no watcher keeps the index current', async () => {
    const { root, library: lib } = await library();
    const conf = await lib.createConference({ title: 'Conf' });
    await writeFile(join(root, conf.folder, 'a.md'), '---\nid: A1\ntitle: A\n---\n');
    expect((await lib.outline()).talkCount).toBe(1);
    await lib.close();
  });

  it('gives the talks edited last, newest first', async () => {
    const { library: lib } = await library();
    const conf = await lib.createConference({ title: 'Conf' });
    const first = await lib.createTalk(conf.id, { title: 'First' });
    await lib.createTalk(conf.id, { title: 'Second' });
    await lib.createTalk(conf.id, { title: 'Third' });
    await lib.updateTalk(first.id, { body: 'again\n' }, first.revision);
    expect((await lib.recentTalks(2)).map((t) => t.meta.title)).toEqual(['First', 'Third']);
    await lib.close();
  });
});
