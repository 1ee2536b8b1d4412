import { z } from 'zod';
import { TALK_KINDS } from './talkKinds';

/**
 * The front matter of the library's files. Types are derived from these
 * schemas; the core validates every file against them and reports what does
 * not fit without rewriting the file.
 */

/** Stable ids: ULIDs for everything the app creates; hand-written ids are tolerated. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id is letters, digits, "-" and "_"');

export { TALK_KINDS };
export const TalkKindSchema = z.enum(TALK_KINDS);

const SpeakerSchema = z.object({
  name: z.string().min(1),
  affiliation: z.string().optional(),
});

/** `YYYY-MM-DD`, the day a conference starts or ends. */
const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** An ISO 8601 date-time, with or without an offset (a schedule's local time). */
const DateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'a time is ISO 8601, e.g. 2021-10-28T14:30:00+02:00',
  );

const LinksSchema = z.object({
  video: z.string().optional(),
  slides: z.string().optional(),
  /** The talk's page on the conference site (from an imported schedule). */
  page: z.string().optional(),
});

const conferenceFields = {
  title: z.string().min(1),
  starts: DateSchema.optional(),
  ends: DateSchema.optional(),
  location: z.string().optional(),
  online: z.boolean().optional(),
  url: z.string().optional(),
  tags: z.array(z.string()),
  /** IANA time zone of the conference's schedule, e.g. `Europe/Amsterdam`. */
  timezone: z.string().optional(),
  /** Where an imported conference came from, so a re-import finds it again. */
  source: z.string().optional(),
};

export const ConferenceMetaSchema = z.object({
  id: IdSchema,
  ...conferenceFields,
  tags: conferenceFields.tags.default([]),
});

/** A talk's fields without defaults: what a patch may carry. */
const talkFields = {
  title: z.string().min(1),
  speakers: z.array(SpeakerSchema),
  kind: TalkKindSchema,
  track: z.string().optional(),
  room: z.string().optional(),
  starts: DateTimeSchema.optional(),
  ends: DateTimeSchema.optional(),
  links: LinksSchema.optional(),
  tags: z.array(z.string()),
  /** Where an imported talk came from (`path#section` or a feed entry's id). */
  source: z.string().optional(),
  /** A hash of the imported text, to tell whether the user edited it since. */
  sourceHash: z.string().optional(),
  /** The id of the talk in a conference schedule (ics UID, pretalx code, frab guid). */
  scheduleId: z.string().optional(),
};

export const TalkMetaSchema = z.object({
  id: IdSchema,
  ...talkFields,
  speakers: talkFields.speakers.default([]),
  kind: talkFields.kind.default('talk'),
  tags: talkFields.tags.default([]),
  created: z.string().optional(),
  updated: z.string().optional(),
});

export type Speaker = z.infer<typeof SpeakerSchema>;
export type TalkKind = z.infer<typeof TalkKindSchema>;
export type ConferenceMeta = z.infer<typeof ConferenceMetaSchema>;
export type TalkMeta = z.infer<typeof TalkMetaSchema>;

/** What a caller may set when creating a conference (the id is the library's). */
export const ConferenceInputSchema = ConferenceMetaSchema.omit({ id: true }).partial({
  tags: true,
});
export type ConferenceInput = z.input<typeof ConferenceInputSchema>;

/** What a caller may set when creating a talk. */
export const TalkInputSchema = TalkMetaSchema.omit({
  id: true,
  created: true,
  updated: true,
}).partial({ speakers: true, kind: true, tags: true });
export type TalkInput = z.input<typeof TalkInputSchema>;

/** A patch of a talk's front matter; `''` clears an optional text field. No defaults apply. */
export const TalkPatchSchema = z.object(talkFields).partial();
export type TalkPatch = z.input<typeof TalkPatchSchema>;
export const ConferencePatchSchema = z.object(conferenceFields).partial();
export type ConferencePatch = z.input<typeof ConferencePatchSchema>;
