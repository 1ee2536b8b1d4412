import type { DomainHandlers } from '../../shared/ipc/define';
import type { scheduleContract } from '../../shared/ipc/schedule';
import type { CoreServices } from '../core/services';

/** The schedule domain: a straight mapping onto ScheduleService. */
export function createScheduleHandlers({
  schedule,
}: CoreServices): DomainHandlers<typeof scheduleContract> {
  return {
    now: ({ conferenceId, at, room, track, attendeeTimeZone }) =>
      schedule.nowNext({ conference: conferenceId, at, room, track, attendeeTimeZone }),
    rooms: ({ conferenceId }) => schedule.roomsAndTracks(conferenceId),
    preview: ({ path }) => schedule.read(path),
    importFile: ({ path, conferenceId }) => schedule.importFile(path, conferenceId),
  };
}
