import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelName, type Envelope } from '../../shared/ipc/define';
import type { LibraryOutline, ListedTalk } from '../../shared/library';
import { MemorySettings } from '../../electron/core/settings';
import { createDispatcher, type Dispatch } from '../../electron/handlers/dispatch';
import { createHandlers } from '../../electron/handlers/index';
import { openTempCore } from './coreFixture';

/** The window's listing calls and its remembered folding, through the one dispatcher. */
describe('the window listing over IPC (issue 16)', () => {
  let core: Awaited<ReturnType<typeof openTempCore>>;
  let dispatch: Dispatch;
  const settings = new MemorySettings();
  beforeAll(async () => {
    core = await openTempCore();
    const handlers = (libraryPath: string) =>
      createHandlers(core.services, {
        settings,
        libraryPath,
        assetUrl: 'confnotes-asset://library/',
        platform: 'linux',
        openExternal: async () => false,
        chooseLibrary: async () => {},
        rawPaths: 'refuse',
        chooseFiles: async () => null,
      });
    dispatch = createDispatcher(handlers(core.libraryRoot));
    const { library } = core.services;
    const conference = await library.createConference({ title: 'KubeCon', starts: '2023-04-18' });
    await library.createTalk(conference.id, { title: 'Talk 10' });
    await library.createTalk(conference.id, { title: 'Talk 9' });
  });
  afterAll(() => core.cleanup());

  const call = async <T>(member: string, input: unknown, domain = 'library') =>
    (await dispatch(channelName(domain, member), input)) as Envelope<T>;

  it('outlines, then lists the talks, in natural order', async () => {
    const outline = await call<LibraryOutline>('outline', {});
    expect(outline.ok && outline.value.conferences.map((c) => c.talkCount)).toEqual([2]);
    const talks = await call<ListedTalk[]>('talks', {});
    expect(talks.ok && talks.value.map((t) => t.meta.title)).toEqual(['Talk 9', 'Talk 10']);
    const recent = await call<ListedTalk[]>('recent', { limit: 1 });
    expect(recent.ok && recent.value).toHaveLength(1);
  });

  it('validates every input', async () => {
    for (const [member, input] of [
      ['talks', { conferenceIds: ['../etc'] }],
      ['talks', { conferenceIds: 'KubeCon' }],
      ['recent', { limit: 0 }],
      ['recent', { limit: 1e9 }],
      ['recent', {}],
    ] as const) {
      const answer = await call(member, input);
      expect(answer.ok ? 'accepted' : answer.error.code, `${member} ${JSON.stringify(input)}`).toBe(
        'invalid-input',
      );
    }
  });

  it('remembers the sidebar folding per library in main’s settings', async () => {
    await call('setSidebarFolds', { folds: { 'year:2023': false, 'conference:X1': true } }, 'app');
    const again = await call<{ folds: object }>('sidebarFolds', {}, 'app');
    expect(again.ok && again.value.folds).toEqual({ 'year:2023': false, 'conference:X1': true });
    expect(settings.get('sidebarFolds')?.[core.libraryRoot]).toEqual(again.ok && again.value.folds);

    // Another library has folding of its own.
    const other = createDispatcher(
      createHandlers(core.services, {
        settings,
        libraryPath: '/elsewhere',
        assetUrl: '',
        platform: 'linux',
        openExternal: async () => false,
        chooseLibrary: async () => {},
        rawPaths: 'refuse',
        chooseFiles: async () => null,
      }),
    );
    const elsewhere = (await other(channelName('app', 'sidebarFolds'), {})) as Envelope<{
      folds: object;
    }>;
    expect(elsewhere.ok && elsewhere.value.folds).toEqual({});
  });

  it('refuses folding that is not a small map of names to booleans', async () => {
    const many = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`year:${i}`, true]));
    for (const folds of [many, { 'year:2023': 'yes' }, { ['x'.repeat(101)]: true }, []]) {
      const answer = await call('setSidebarFolds', { folds }, 'app');
      expect(answer.ok ? 'accepted' : answer.error.code).toBe('invalid-input');
    }
  });
});
