import type { DomainHandlers } from '../../shared/ipc/define';
import type { scheduleContract } from '../../shared/ipc/schedule';
import type { CoreServices } from '../core/services';
import type { ChosenPaths } from './chosenPaths';

/**
 * The schedule domain: a mapping onto ScheduleService; the file is a handle
 * from the schedule dialog, or in the preview also a path (chosenPaths.ts).
 */
export function createScheduleHandlers(
  { schedule }: CoreServices,
  chosen: ChosenPaths,
): DomainHandlers<typeof scheduleContract> {
  return {
    now: ({ conferenceId, at, room, track, attendeeTimeZone }) =>
      schedule.nowNext({ conference: conferenceId, at, room, track, attendeeTimeZone }),
    rooms: ({ conferenceId }) => schedule.roomsAndTracks(conferenceId),
    preview: async ({ path }) => schedule.read(chosen.resolveOne(path, 'schedule')),
    importFile: async ({ path, conferenceId }) =>
      schedule.importFile(chosen.resolveOne(path, 'schedule'), conferenceId),
  };
}
