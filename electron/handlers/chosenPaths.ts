import { randomBytes } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { isChosenHandle, type FilePurpose } from '../../shared/ipc/files';
import { CoreError } from '../core/errors';

/** Enough for every dialog a session opens; the oldest handles are forgotten first. */
const MAX_HANDLES = 200;

const DIALOG: Record<FilePurpose, string> = {
  import: 'Import dialog',
  schedule: 'schedule import',
  export: 'Export dialog',
};

/**
 * The paths the person chose in main's dialogs, behind opaque handles, and
 * the gate every path field of a call passes (shared/ipc/files.ts). In the
 * app (`rawPaths: 'refuse'`) a path field must hold a handle made for the
 * same purpose; the preview (`'accept'`) also takes paths, as the CLI does.
 */
export class ChosenPaths {
  private readonly chosen = new Map<string, { purpose: FilePurpose; paths: string[] }>();

  constructor(private readonly rawPaths: 'accept' | 'refuse') {}

  /** Remembers what the person chose; returns the handle the renderer passes back. */
  remember(purpose: FilePurpose, paths: string[]): string {
    const handle = `chosen:${randomBytes(16).toString('base64url')}`;
    this.chosen.set(handle, { purpose, paths: [...paths] });
    if (this.chosen.size > MAX_HANDLES) this.chosen.delete(this.chosen.keys().next().value!);
    return handle;
  }

  /** The absolute paths behind a call's path fields, for `purpose`. */
  resolve(values: string[], purpose: FilePurpose): string[] {
    return values.flatMap((value) => {
      if (isChosenHandle(value)) {
        const entry = this.chosen.get(value);
        if (!entry || entry.purpose !== purpose) {
          throw new CoreError(
            'forbidden',
            `Refused: that choice is unknown or was made for something else; choose again in the ${DIALOG[purpose]}.`,
          );
        }
        return entry.paths;
      }
      if (this.rawPaths === 'refuse') {
        throw new CoreError(
          'forbidden',
          `Refused: files for ${purpose} are chosen in the ${DIALOG[purpose]}, not named by the page.`,
        );
      }
      if (!isAbsolute(value)) {
        throw new CoreError('invalid-input', `${value} is not an absolute path.`);
      }
      return [value];
    });
  }

  /** As `resolve`, for a field that names exactly one file or folder. */
  resolveOne(value: string, purpose: FilePurpose): string {
    const paths = this.resolve([value], purpose);
    if (paths.length !== 1) {
      throw new CoreError('invalid-input', `Choose one file or folder, not ${paths.length}.`);
    }
    return paths[0];
  }
}
