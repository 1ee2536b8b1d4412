import { z } from 'zod';
import { call } from './define';

/**
 * Files and folders chosen by the person, not the page (issue 17). In the
 * app, import, schedule and export paths come from the main process's
 * open and save dialogs: the renderer gets an opaque handle and passes it
 * where a path goes (import `paths`, schedule `path`, export `destination`).
 * Calls that carry a raw path are refused from the app's window, so script
 * running in the page cannot import `~/.ssh/id_rsa` or export over files
 * anywhere. The CLI and the preview keep paths.
 */

/** What a chosen file or folder may be used for; a handle serves its purpose only. */
const FilePurposeSchema = z.enum(['import', 'schedule', 'export']);
export type FilePurpose = z.infer<typeof FilePurposeSchema>;

/** What the renderer holds after the person chose. */
export interface ChosenFile {
  /** Opaque: pass it where the call takes a path. */
  handle: string;
  /** What was chosen, for display only (the full path, or paths joined). */
  label: string;
  /** How many files or folders the handle stands for. */
  count: number;
}

const HANDLE = /^chosen:[A-Za-z0-9_-]{22}$/;

/** Whether a path field holds a handle from `files.choose` rather than a path. */
export function isChosenHandle(value: string): boolean {
  return HANDLE.test(value);
}

const ChooseRequestSchema = z.object({
  purpose: FilePurposeSchema,
  /** Import: choose folders instead of files. */
  folders: z.boolean().default(false),
  /** Export: one Markdown file to write (a save dialog) instead of a folder. */
  file: z.boolean().default(false),
  /** Export to a file: the name the save dialog suggests. */
  suggestedName: z.string().max(255).optional(),
  /**
   * Where there is no native dialog (the preview in a browser), the path the
   * person typed in the page's own prompt. The app ignores it and asks in
   * its dialog.
   */
  typed: z.string().min(1).max(4096).optional(),
});
export type ChooseRequest = z.output<typeof ChooseRequestSchema>;

export const filesContract = {
  /** Asks the person for a file or folder; null when they cancelled. */
  choose: call<ChosenFile | null>()(ChooseRequestSchema),
};
