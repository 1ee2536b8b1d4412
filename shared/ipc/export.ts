import { z } from 'zod';
import { call, event } from './define';

// Owned by the export work (issue 5): extend freely.
export const exportContract = {
  /** The open talk as Markdown, for "Copy as Markdown". */
  talkMarkdown: call<{ markdown: string }>()(z.object({ talkId: z.string().min(1).max(64) })),
  onProgress: event<{ done: number; total: number }>(),
};
