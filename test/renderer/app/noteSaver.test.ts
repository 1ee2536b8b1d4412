import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteSaver, type NoteWrite, type SaveState } from '../../../renderer/app/noteSaver';

type Patch = Record<string, unknown>;

/**
 * A fake library that behaves like the real one where it matters here: each
 * write needs the current revision and returns the next one.
 */
function fakeDisk(options: { failWith?: () => unknown } = {}) {
  let revision = 1;
  const writes: Array<NoteWrite<Patch> & { at: number }> = [];
  const disk = {
    body: 'start',
    revision: () => String(revision),
    writes,
    failWith: options.failWith,
    /** Someone else changes the file. */
    changeOutside(body: string) {
      disk.body = body;
      revision++;
    },
    write: async (change: NoteWrite<Patch>) => {
      writes.push({ ...change, at: Date.now() });
      await Promise.resolve();
      if (disk.failWith) throw disk.failWith();
      if (change.baseRevision !== String(revision))
        throw Object.assign(new Error('changed outside'), {
          code: 'conflict',
          data: { code: 'conflict', conflictPath: 'x.conflict.md' },
        });
      if (change.body !== undefined) disk.body = change.body;
      revision++;
      return { revision: String(revision) };
    },
  };
  return disk;
}

function setup(disk = fakeDisk()) {
  const editor = { text: 'start' };
  const states: SaveState[] = [];
  const saver = new NoteSaver<Patch>({
    revision: disk.revision(),
    body: 'start',
    readBody: () => editor.text,
    write: disk.write,
    onState: (state) => states.push(state),
  });
  const type = (text: string) => {
    editor.text += text;
    saver.bodyChangedNow();
  };
  return { disk, editor, saver, states, type, last: () => states.at(-1)?.kind };
}

describe('NoteSaver: when autosave writes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes within 500 ms after typing pauses, and not while keys keep coming', async () => {
    const { disk, type, last } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(200);
    type('b');
    await vi.advanceTimersByTimeAsync(250);
    expect(disk.writes).toHaveLength(0);
    expect(last()).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(250);
    expect(disk.writes.map((w) => w.body)).toEqual(['startab']);
    expect(last()).toBe('saved');
  });

  it('writes at least once a second while typing goes on', async () => {
    const { disk, type } = setup();
    for (let i = 0; i < 40; i++) {
      type('x');
      await vi.advanceTimersByTimeAsync(100);
    }
    // 4 s of typing every 100 ms (the pause never comes): one write per second.
    expect(disk.writes.length).toBeGreaterThanOrEqual(3);
    const gaps = disk.writes.slice(1).map((w, i) => w.at - disk.writes[i].at);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1100);
    await vi.advanceTimersByTimeAsync(600);
    expect(disk.body).toBe(`start${'x'.repeat(40)}`);
  });

  it('chains revisions: every write carries the revision the previous one returned', async () => {
    const { disk, type, saver } = setup();
    type('1');
    await saver.flush();
    type('2');
    await saver.flush();
    expect(disk.writes.map((w) => w.baseRevision)).toEqual(['1', '2']);
    expect(disk.body).toBe('start12');
  });

  it('flush writes at once, and writes nothing when nothing changed', async () => {
    const { disk, type, saver, editor } = setup();
    await expect(saver.flush()).resolves.toBe(true);
    expect(disk.writes).toHaveLength(0);
    type('z');
    await expect(saver.flush()).resolves.toBe(true);
    expect(disk.writes).toHaveLength(1);
    editor.text = 'startz'; // a change event that changed nothing (formatting toggled back)
    saver.bodyChangedNow();
    await saver.flush();
    expect(disk.writes).toHaveLength(1);
  });

  it('keeps typing that happens during a write and saves it next', async () => {
    const { disk, type, saver } = setup();
    type('a');
    const first = saver.flush();
    type('b'); // while the first write is on its way
    await first;
    await saver.flush();
    expect(disk.body).toBe('startab');
    expect(saver.dirty).toBe(false);
  });

  it('merges header patches and sends them with the body in one write', async () => {
    const { disk, type, saver } = setup();
    saver.patchMeta({ title: 'Chaos' });
    saver.patchMeta({ room: 'Hall 2' });
    saver.patchMeta({ title: 'Chaos Testing' });
    type('!');
    await saver.flush();
    expect(disk.writes).toEqual([
      expect.objectContaining({ meta: { title: 'Chaos Testing', room: 'Hall 2' }, body: 'start!' }),
    ]);
  });
});

describe('NoteSaver: when a write fails', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says so, keeps the change pending, and retries until it is on disk', async () => {
    const disk = fakeDisk({
      failWith: () =>
        Object.assign(new Error('The disk is full: nothing was written.'), { code: 'io' }),
    });
    const { type, saver, states, last } = setup(disk);
    type('precious');
    await expect(saver.flush()).resolves.toBe(false);
    expect(last()).toBe('error');
    expect(states.at(-1)).toMatchObject({ kind: 'error' });
    expect((states.at(-1) as { message: string }).message).toContain('The disk is full');
    expect(saver.dirty).toBe(true);
    disk.failWith = undefined; // space freed
    type(' text');
    await vi.advanceTimersByTimeAsync(3100);
    expect(disk.body).toBe('startprecious text');
    expect(last()).toBe('saved');
  });

  it('on a conflict stops autosaving until the user chooses, then writes their version over the disk’s', async () => {
    const { disk, type, saver, last, states } = setup();
    disk.changeOutside('edited elsewhere');
    type(' mine');
    await saver.flush();
    expect(last()).toBe('conflict');
    expect(states.at(-1)).toMatchObject({ conflictPath: 'x.conflict.md' });
    type(' more');
    await vi.advanceTimersByTimeAsync(5000);
    expect(disk.writes).toHaveLength(1);
    expect(disk.body).toBe('edited elsewhere');
    await expect(saver.keepMine(disk.revision())).resolves.toBe(true);
    expect(disk.body).toBe('start mine more');
    expect(last()).toBe('saved');
  });

  it('keeps the user’s choice even when a write still on its way fails with the conflict', async () => {
    const { disk, type, saver, last } = setup();
    disk.changeOutside('theirs');
    type(' mine');
    const doomed = saver.flush(); // carries the old revision: it will conflict
    const chosen = saver.keepMine(disk.revision()); // the user already chose, from the outside-change prompt
    await expect(doomed).resolves.toBe(false);
    await expect(chosen).resolves.toBe(true);
    expect(disk.body).toBe('start mine');
    expect(last()).toBe('saved');
    expect(saver.inConflict).toBe(false);
  });

  it('takes the disk’s version when the user chooses it, with nothing left pending', async () => {
    const { disk, type, saver } = setup();
    disk.changeOutside('theirs');
    type(' mine');
    await saver.flush();
    saver.reset(disk.revision(), 'theirs');
    expect(saver.dirty).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(disk.body).toBe('theirs');
  });
});
