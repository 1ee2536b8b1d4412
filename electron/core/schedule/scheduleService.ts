import type { ConferenceDocument } from '../../../shared/library';
import { parseInstant } from '../../../shared/schedule/moment';
import { selectNowNext } from '../../../shared/schedule/nowNext';
import type { NowNextResult, NowPreference } from '../../../shared/schedule/nowNextTypes';
import { isValidTimeZone } from '../../../shared/schedule/timeZone';
import type {
  RoomsAndTracks,
  Schedule,
  ScheduleImportReport,
} from '../../../shared/schedule/types';
import { CoreError } from '../errors';
import type { LibraryService } from '../library/types';
import { importSchedule } from './importSchedule';
import { readScheduleFile } from './readScheduleFile';

export interface ScheduleServiceOptions {
  clock?: () => Date;
  /** The attendee's own zone; the machine's by default. */
  localTimeZone?: string;
}

export interface NowQuery extends NowPreference {
  /** Conference id or folder. */
  conference: string;
  /** ISO time; without an offset it is the conference's local time. Default: the clock's now. */
  at?: string;
  attendeeTimeZone?: string;
}

/**
 * Conference schedules on top of the library: importing a schedule file,
 * and answering "what is on now, and next?" from the talks' front matter.
 */
export class ScheduleService {
  private readonly clock: () => Date;
  readonly localTimeZone: string;

  constructor(
    private readonly library: LibraryService,
    options: ScheduleServiceOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    const local = options.localTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.localTimeZone = isValidTimeZone(local) ? local : 'UTC';
  }

  /** Parses a schedule file without writing anything (for a preview before importing). */
  read(path: string): Promise<Schedule> {
    return readScheduleFile(path, this.localTimeZone);
  }

  /** Reads the file completely, then writes; a malformed file throws before any write. */
  async importFile(path: string, conference?: string): Promise<ScheduleImportReport> {
    const schedule = await this.read(path);
    await this.library.checkpoint('Before a schedule import');
    return importSchedule(this.library, schedule, path, conference);
  }

  async nowNext(query: NowQuery): Promise<NowNextResult> {
    const conference = await this.library.resolveConference(query.conference);
    const attendeeTimeZone = isValidTimeZone(query.attendeeTimeZone)
      ? query.attendeeTimeZone
      : this.localTimeZone;
    const timeZone = zoneOf(conference) ?? attendeeTimeZone;
    let at = this.clock().getTime();
    if (query.at) {
      const parsed = parseInstant(query.at, timeZone);
      if (parsed === undefined) {
        throw new CoreError(
          'invalid-input',
          `"${query.at}" is not an ISO time such as 2021-10-28T14:30 or 2021-10-28T14:30:00+02:00.`,
        );
      }
      at = parsed;
    }
    return selectNowNext({
      conferenceId: conference.id,
      conferenceTitle: conference.meta.title,
      talks: await this.talksOf(conference.id),
      at,
      timeZone,
      attendeeTimeZone,
      prefer: { room: query.room, track: query.track },
    });
  }

  async roomsAndTracks(conferenceIdOrFolder: string): Promise<RoomsAndTracks> {
    const conference = await this.library.resolveConference(conferenceIdOrFolder);
    const talks = await this.talksOf(conference.id);
    const distinct = (values: Array<string | undefined>) =>
      [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));
    const timeZone = zoneOf(conference);
    return {
      conferenceId: conference.id,
      ...(timeZone ? { timeZone } : {}),
      rooms: distinct(talks.map((t) => t.meta.room)),
      tracks: distinct(talks.map((t) => t.meta.track)),
    };
  }

  private async talksOf(conferenceId: string) {
    const tree = await this.library.list();
    return tree.conferences.find((c) => c.id === conferenceId)?.talks ?? [];
  }
}

function zoneOf(conference: ConferenceDocument): string | undefined {
  return isValidTimeZone(conference.meta.timezone) ? conference.meta.timezone : undefined;
}
