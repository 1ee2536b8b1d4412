import { realpath } from 'node:fs/promises';
import nodePath from 'node:path';

/**
 * The one answer to "does this path stay inside that folder?", for the
 * library, its assets, the asset protocol, the app's own files, the preview,
 * the export and the search index. It works on the path's segments, never on
 * its text: `root/..x` (a file named `..x`) is inside, `root/../x` and
 * `root-2/x` are not, and on Windows another drive is not.
 */

/** The `node:path` flavour to reason with: the platform's own, or `posix`/`win32` in tests. */
export type PathFlavor = Pick<typeof nodePath, 'relative' | 'isAbsolute' | 'resolve' | 'sep'>;

/**
 * Whether the absolute `target` is `root` or lies below it. With
 * `strict`, `root` itself does not count (a file can never be its folder).
 */
export function isInside(
  root: string,
  target: string,
  options: { strict?: boolean } = {},
  path: PathFlavor = nodePath,
): boolean {
  const rel = path.relative(root, target);
  if (rel === '') return !options.strict;
  const first = rel.split(path.sep)[0];
  return first !== '..' && !path.isAbsolute(rel);
}

/**
 * `parts` resolved against `root`, or undefined when the result would leave
 * it. Text-only: symbolic links are `realInside`'s job.
 */
export function resolveInside(
  root: string,
  parts: string[],
  path: PathFlavor = nodePath,
): string | undefined {
  if (parts.some((part) => part.includes('\0'))) return undefined;
  const target = path.resolve(root, ...parts);
  return isInside(root, target, {}, path) ? target : undefined;
}

/**
 * The real path of `target` (every symbolic link followed) when it lies
 * strictly inside the real `root`; undefined when it does not, or when
 * either does not exist.
 */
export async function realInside(root: string, target: string): Promise<string | undefined> {
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    return isInside(realRoot, realTarget, { strict: true }) ? realTarget : undefined;
  } catch {
    return undefined;
  }
}
