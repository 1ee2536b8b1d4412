import { z } from 'zod';
import { call, event } from './define';

// Owned by the import work (issue 6): extend freely.
export const importContract = {
  /** What importing these paths would create, written nowhere. */
  preview: call<{ conferences: Array<{ title: string; talks: number }> }>()(
    z.object({ paths: z.array(z.string().max(4096)).max(1000) }),
  ),
  onProgress: event<{ done: number; total: number }>(),
};
