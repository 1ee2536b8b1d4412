import { expect, it, vi } from 'vitest';
import { LibraryFeed, type LibrarySource } from '../../../renderer/app/library/libraryFeed';
import type { LibraryChange, ListedTalk } from '../../../shared/library';
import { conference, outline, talk } from './libraryRows';

/** A source whose answers the test releases by hand, and whose changes it sends. */
function source() {
  const listeners = new Set<(change: LibraryChange) => void>();
  let talks: ListedTalk[] = [talk('t1', 'c1', 'First', '2024-01-01T09:00:00')];
  let releaseTalks: (() => void) | undefined;
  const fake = {
    outline: vi.fn(async () => outline([conference('c1', 'Conf', '2024-01-01')], talks)),
    talks: vi.fn(
      () =>
        new Promise<ListedTalk[]>((resolve) => {
          const answer = talks;
          releaseTalks = () => resolve(answer);
        }),
    ),
    onChanged: (listener: (change: LibraryChange) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } satisfies LibrarySource;
  return {
    fake,
    send: (change: LibraryChange) => listeners.forEach((l) => l(change)),
    releaseTalks: () => releaseTalks?.(),
    setTalks: (next: ListedTalk[]) => (talks = next),
  };
}

const added = (row: ListedTalk): LibraryChange => ({
  entity: 'talk',
  id: row.id,
  kind: 'added',
  path: 'p',
  external: false,
  talk: row,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const titles = (feed: LibraryFeed) =>
  feed.snapshot().library?.conferences[0].talks.map((t) => t.meta.title);

it('shows the outline first, then the talks, then applies changes without listing again', async () => {
  const { fake, send, releaseTalks } = source();
  // Changes apply at once here (the window waits for the next frame).
  const feed = new LibraryFeed(fake, (run) => run());
  const stop = feed.start();
  await settle();
  expect(feed.snapshot().library?.conferences[0]).toMatchObject({ talkCount: 1, talks: [] });
  expect(feed.snapshot().library?.complete).toBe(false);

  // A change while the talks are on their way waits for them, then applies on top.
  send(added(talk('t2', 'c1', 'Second', '2024-01-01T10:00:00')));
  releaseTalks();
  await settle();
  expect(titles(feed)).toEqual(['First', 'Second']);

  send({ entity: 'talk', id: 't1', kind: 'changed', path: 'p', external: false, notesOnly: true });
  send({ entity: 'talk', id: 't2', kind: 'removed', path: 'p', external: false });
  expect(titles(feed)).toEqual(['First']);
  expect(fake.outline).toHaveBeenCalledTimes(1);
  expect(fake.talks).toHaveBeenCalledTimes(1);
  stop();
});

it('lists again when a change comes without its listing', async () => {
  const { fake, send, releaseTalks, setTalks } = source();
  const feed = new LibraryFeed(fake, (run) => run());
  feed.start();
  await settle();
  releaseTalks();
  await settle();
  setTalks([talk('t1', 'c1', 'Renamed elsewhere')]);
  send({ entity: 'talk', id: 't1', kind: 'changed', path: 'p', external: true });
  await settle();
  // The listing shown stays while the new one comes.
  expect(titles(feed)).toEqual(['First']);
  releaseTalks();
  await settle();
  expect(fake.talks).toHaveBeenCalledTimes(2);
  expect(titles(feed)).toEqual(['Renamed elsewhere']);
});

it('applies a burst of changes in one update', async () => {
  const { fake, send, releaseTalks } = source();
  const frames: Array<() => void> = [];
  const feed = new LibraryFeed(fake, (run) => frames.push(run));
  feed.start();
  await settle();
  releaseTalks();
  await settle();
  const updates = vi.fn();
  feed.subscribe(updates);
  for (let i = 0; i < 200; i++) send(added(talk(`n${i}`, 'c1', `Imported ${i}`)));
  expect(frames).toHaveLength(1);
  frames[0]();
  expect(updates).toHaveBeenCalledTimes(1);
  expect(feed.snapshot().library?.conferences[0].talkCount).toBe(201);
});
