import { z } from 'zod';
import type { NowNextResult } from '../schedule/nowNextTypes';
import type { RoomsAndTracks, Schedule, ScheduleImportReport } from '../schedule/types';
import { call } from './define';

/** A conference by id or by folder name (`2021-all-day-devops`). */
const ConferenceRef = z.string().min(1).max(255);
/** A schedule file the user chose in the app's open dialog. */
const FilePath = z.string().min(1).max(4096);
const Name = z.string().min(1).max(200);

// Owned by the schedule work (issue 7).
export const scheduleContract = {
  /**
   * The talks on at a moment and the next ones, with times in the
   * conference's zone and the attendee's. `open` is the talk to open without
   * asking (Ctrl/Cmd+Shift+N); when null, offer `choice`.
   */
  now: call<NowNextResult>()(
    z.object({
      conferenceId: ConferenceRef,
      /** ISO; without an offset it is the conference's local time. Default: now. */
      at: z.string().max(40).optional(),
      /** The room or track the attendee picked last, preferred among parallel talks. */
      room: Name.optional(),
      track: Name.optional(),
      /** The attendee's IANA zone (the renderer's `Intl` zone), shown as a hint. */
      attendeeTimeZone: z.string().max(64).optional(),
    }),
  ),
  /** The conference's rooms and tracks, sorted, to pick "my room" from. */
  rooms: call<RoomsAndTracks>()(z.object({ conferenceId: ConferenceRef })),
  /** Parses a schedule file (.ics, pretalx .json, frab .xml) and writes nothing. */
  preview: call<Schedule>()(z.object({ path: FilePath })),
  /**
   * Imports a schedule file: creates the conference if needed (or into the
   * one given) and one talk per item; re-imports update fields by schedule
   * id and never touch notes. A malformed file fails with nothing written.
   */
  importFile: call<ScheduleImportReport>()(
    z.object({ path: FilePath, conferenceId: ConferenceRef.optional() }),
  ),
};
