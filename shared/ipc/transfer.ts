import { z } from 'zod';
import { call, event } from './define';

// Owned by the import and export work (issues 5 and 6): extend freely.
export const transferContract = {
  /** The open talk as Markdown, for "Copy as Markdown". */
  talkMarkdown: call<{ markdown: string }>()(z.object({ talkId: z.string().min(1).max(64) })),
  onProgress: event<{ job: string; done: number; total: number }>(),
};
