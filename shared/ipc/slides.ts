import { z } from 'zod';
import type { SlideLanguage, SlideReading, SlidesStatus } from '../slides';
import { call, event } from './define';

export type { SlideLanguage, SlideReading, SlidesStatus } from '../slides';

/**
 * Text of slide photos (issue 20): the background reader's progress and
 * controls, its languages, and one image's text for "Insert slide text".
 */
export const slidesContract = {
  status: call<SlidesStatus>()(z.object({})),
  /** Stops reading (the image being read stops at once) until `resume`. */
  pause: call<SlidesStatus>()(z.object({})),
  resume: call<SlidesStatus>()(z.object({})),
  /**
   * The user is typing: reading stops at once and waits until they stop.
   * The editor sends it on a keystroke, at most every 500 ms.
   */
  typing: call<{ received: boolean }>()(z.object({})),
  /** Every language Preferences offers, and whether its data package is installed. */
  languages: call<SlideLanguage[]>()(z.object({})),
  /** Reads slides in these languages from now on (each must be installed). */
  setLanguages: call<SlidesStatus>()(
    z.object({
      languages: z
        .array(z.string().regex(/^[a-z_]{3,8}$/))
        .min(1)
        .max(5),
    }),
  ),
  /** The text read from one image of a note (read now, first in line, if it was not yet). */
  reading: call<SlideReading>()(
    z.object({ noteId: z.string().min(1).max(100), src: z.string().min(1).max(2000) }),
  ),
  /** The reader's progress: images read, waiting, skipped; paused or waiting for typing to stop. */
  onProgress: event<SlidesStatus>(),
};
