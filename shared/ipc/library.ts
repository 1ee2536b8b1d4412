import { z } from 'zod';
import {
  ConferenceInputSchema,
  ConferencePatchSchema,
  IdSchema,
  TalkInputSchema,
  TalkPatchSchema,
} from '../schemas';
import type {
  ConferenceDocument,
  LibraryChange,
  LibraryOutline,
  LibraryContents,
  ListedTalk,
  TalkDocument,
  TrashEntry,
} from '../library';
import { call, event } from './define';

const ById = z.object({ id: IdSchema });
const Revision = z.string().max(200);
/** A note body is capped so one call cannot exhaust main's memory. */
const Body = z.string().max(50_000_000);

export const libraryContract = {
  /** Every conference with its talks, newest first, and the files that have problems. */
  list: call<LibraryContents>()(z.object({})),
  /**
   * The conferences newest first with their talk counts, and the files with
   * problems: small at any size, so the window shows the library at once.
   * `onChanged` then carries each change's listing; nothing is listed again.
   */
  outline: call<LibraryOutline>()(z.object({})),
  /** The talks of the named conferences (all when none is named), each group in schedule order. */
  talks: call<ListedTalk[]>()(
    z.object({ conferenceIds: z.array(IdSchema).max(100_000).optional() }),
  ),
  /** The talks edited last, newest first. */
  recent: call<ListedTalk[]>()(z.object({ limit: z.number().int().min(1).max(100) })),
  readTalk: call<TalkDocument>()(ById),
  readConference: call<ConferenceDocument>()(ById),
  createConference: call<ConferenceDocument>()(
    z.object({ meta: ConferenceInputSchema, body: Body.optional() }),
  ),
  createTalk: call<TalkDocument>()(
    z.object({ conferenceId: IdSchema, meta: TalkInputSchema, body: Body.optional() }),
  ),
  /** Writes carry the revision the caller read; a changed file gives a `conflict` error. */
  updateTalk: call<TalkDocument>()(
    z.object({
      id: IdSchema,
      baseRevision: Revision,
      meta: TalkPatchSchema.optional(),
      body: Body.optional(),
    }),
  ),
  updateConference: call<ConferenceDocument>()(
    z.object({
      id: IdSchema,
      baseRevision: Revision,
      meta: ConferencePatchSchema.optional(),
      body: Body.optional(),
    }),
  ),
  moveTalk: call<TalkDocument>()(z.object({ id: IdSchema, conferenceId: IdSchema })),
  deleteTalk: call<TrashEntry>()(ById),
  deleteConference: call<TrashEntry>()(ById),
  listTrash: call<TrashEntry[]>()(z.object({})),
  /** Removes what is in the trash for good (a version is made first when history is on). */
  emptyTrash: call<{ removed: number }>()(z.object({})),
  restore: call<{ id: string }>()(z.object({ trashId: z.string().min(1).max(200) })),
  /** Saves an image (pasted or dropped) under the talk's conference `assets/`; returns the Markdown src. */
  saveAsset: call<{ src: string }>()(
    z.object({
      talkId: IdSchema,
      fileName: z.string().min(1).max(255),
      /** Base64, so the same payload crosses Electron IPC and the preview's HTTP bridge. */
      dataBase64: z.string().max(40_000_000),
    }),
  ),
  onChanged: event<LibraryChange>(),
};
