/**
 * The kinds of talk a note can be, on their own: the search query parser
 * needs the list, and importing it from schemas.ts put all of zod (750 kB,
 * half the index worker's bundle) into the worker's start-up.
 */
export const TALK_KINDS = [
  'keynote',
  'talk',
  'workshop',
  'panel',
  'lightning',
  'open-space',
  'other',
] as const;
