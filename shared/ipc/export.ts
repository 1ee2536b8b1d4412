import { z } from 'zod';
import { IdSchema } from '../schemas';
import { call, event } from './define';

// Owned by the export work (issue 5).

/** Front-matter conventions of the place the export goes to; `plain` writes none. */
export const EXPORT_FLAVORS = ['hugo', 'jekyll', 'obsidian', 'plain'] as const;
const ExportFlavorSchema = z.enum(EXPORT_FLAVORS);
export type ExportFlavor = z.infer<typeof ExportFlavorSchema>;

/** What to export: one talk, one conference (by id or folder name), or the whole library. */
const ExportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('talk'), id: IdSchema }),
  z.object({ kind: z.literal('conference'), id: z.string().min(1).max(255) }),
  z.object({ kind: z.literal('library') }),
]);
export type ExportScope = z.infer<typeof ExportScopeSchema>;

/**
 * One export. `destination` is an absolute folder (or, for a single file, a
 * path ending in `.md`); nothing is ever written outside it.
 */
export const ExportRequestSchema = z.object({
  scope: ExportScopeSchema,
  flavor: ExportFlavorSchema.default('plain'),
  /** A conference as a folder of talk files instead of one post; the library is always a folder. */
  folder: z.boolean().default(false),
  destination: z.string().min(1).max(4096),
  /** Folder for copied images: beside each written note (in each Hugo bundle), or at a Jekyll site's root. */
  images: z.string().min(1).max(255).default('images'),
  /** Overwrite files that already exist (after the user agreed). */
  force: z.boolean().default(false),
  /** A table of contents at the top of a conference post. */
  toc: z.boolean().default(false),
  /**
   * Jekyll only: the path the site is served under, put before image links
   * (`/` for none). Absent: read from the destination site's `_config.yml`.
   */
  baseurl: z.string().max(255).optional(),
  /**
   * Keep raw HTML in the notes as written. Off by default: raw HTML that
   * could run script or load something is written as text (see
   * electron/core/export/publishSafe.ts). For people who publish their own HTML.
   */
  keepHtml: z.boolean().default(false),
  /** Chosen by the caller and echoed in progress events, to tell runs apart. */
  runId: z.string().max(100).optional(),
});
export type ExportRequest = z.output<typeof ExportRequestSchema>;
export type ExportRequestInput = z.input<typeof ExportRequestSchema>;

type ExportWarningCode =
  | 'missing-image'
  | 'no-date'
  | 'note-problem'
  | 'html-image'
  | 'site-config'
  /** An image the export refused to copy: not an image by its bytes, or from outside the conference. */
  | 'refused-image'
  /** Raw HTML written as text (see `keepHtml`). */
  | 'raw-html'
  /** A `javascript:`, `vbscript:`, `data:` or `file:` link that lost its target. */
  | 'unsafe-link';

/** Something the user should know; the export still went ahead. */
export interface ExportWarning {
  code: ExportWarningCode;
  message: string;
  /** Library-relative note the warning is about. */
  notePath?: string;
  /** The image reference as written in the note. */
  src?: string;
}

/** One file an export writes, relative to the destination with `/`. */
export interface ExportFileEntry {
  path: string;
  kind: 'note' | 'image';
  /** Whether a file is already there (writing it needs `force`). */
  exists: boolean;
}

/** What an export would write, written nowhere: lets the dialog ask before overwriting. */
export interface ExportPreview {
  /** Absolute destination folder. */
  destination: string;
  files: ExportFileEntry[];
  warnings: ExportWarning[];
  /** Jekyll: the baseurl image links start with (`''` for none). */
  baseurl?: string;
}

export interface ExportResult extends ExportPreview {
  notes: number;
  images: number;
  /** Files that existed and were replaced (only with `force`). */
  overwritten: string[];
}

export interface ExportProgress {
  runId?: string;
  phase: 'reading' | 'writing' | 'done';
  done: number;
  total: number;
}

export const exportContract = {
  /** The open talk as Markdown, for "Copy as Markdown" (images keep their library links). */
  talkMarkdown: call<{ markdown: string; warnings: ExportWarning[] }>()(
    z.object({
      talkId: IdSchema,
      flavor: ExportFlavorSchema.default('plain'),
      keepHtml: z.boolean().default(false),
    }),
  ),
  /** The files an export would write and which of them exist; writes nothing. */
  preview: call<ExportPreview>()(ExportRequestSchema),
  /** Runs an export; fails with `exists` (writing nothing) if a file exists and `force` is off. */
  run: call<ExportResult>()(ExportRequestSchema),
  onProgress: event<ExportProgress>(),
};
