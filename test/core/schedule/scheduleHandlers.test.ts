import { describe, expect, it } from 'vitest';
import { createCoreServices } from '../../../electron/core/services';
import { createDispatcher } from '../../../electron/handlers/dispatch';
import { ChosenPaths } from '../../../electron/handlers/chosenPaths';
import { createScheduleHandlers } from '../../../electron/handlers/schedule';
import type { ConfnotesHandlers } from '../../../shared/ipc/contract';
import { channelName } from '../../../shared/ipc/define';
import type { NowNextResult } from '../../../shared/schedule/nowNextTypes';
import type { ScheduleImportReport } from '../../../shared/schedule/types';
import { tempDir } from '../../helpers/tempLibrary';
import { fixturePath } from './fixtures';

describe('the schedule domain over the IPC dispatcher', () => {
  it('validates input, imports, answers now/next, and passes file errors as data', async () => {
    const services = await createCoreServices({
      libraryRoot: await tempDir(),
      dataDir: await tempDir(),
    });
    try {
      const handlers = {
        schedule: createScheduleHandlers(services, new ChosenPaths('accept')),
      } as unknown as ConfnotesHandlers;
      const dispatch = createDispatcher(handlers);
      const call = (member: string, input: unknown) =>
        dispatch(channelName('schedule', member), input);

      const invalid = await call('now', { at: 'x' });
      expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

      const imported = await call('importFile', { path: fixturePath('democon-2024.pretalx.json') });
      expect(imported.ok).toBe(true);
      const report = (imported as { value: ScheduleImportReport }).value;
      expect(report.created).toHaveLength(4);

      const now = await call('now', {
        conferenceId: report.conference.id,
        at: '2024-03-14T10:35',
        room: 'Saal 1',
        attendeeTimeZone: 'Asia/Tokyo',
      });
      const value = (now as { value: NowNextResult }).value;
      expect(value.open).toBe(value.now[0]?.id);
      expect(value.now[0]).toMatchObject({
        title: 'Lightning: one weird trick for TLS',
        attendee: { zone: 'Asia/Tokyo', starts: '18:30' },
      });

      const broken = await call('preview', { path: fixturePath('unclosed.xml') });
      expect(broken).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-input',
          message: expect.stringMatching(/^unclosed\.xml: not well-formed XML/) as string,
        },
      });
    } finally {
      await services.close();
    }
  });
});
