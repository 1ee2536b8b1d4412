import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { ExportWarning } from '../../../shared/ipc/export';
import { CoreError } from '../errors';

/**
 * The sub-path a Jekyll site is served under (`baseurl`), which the export
 * puts literally in front of every image link: `/my-blog/images/…`.
 *
 * Why a literal prefix and not `{{ site.baseurl }}` or `relative_url` (the
 * Liquid way Jekyll's docs show for templates): a post that quotes `{{ }}` or
 * `{% %}` is written with `render_with_liquid: false` (see withFrontMatter),
 * and in such a post Liquid in a link would reach the page unexpanded, a
 * broken image; Liquid is also a broken image in every other Markdown reader
 * (GitHub's file view, an editor's preview). `jekyll serve` serves the site
 * under the same baseurl, so the literal links work locally too. The price:
 * the prefix is fixed at export time. A site whose baseurl changes later needs
 * the export run again, and GitHub Pages fills in a project site's baseurl
 * (jekyll-github-metadata) only when `_config.yml` has none, which the export
 * cannot see: there `--baseurl /repository-name` says it.
 */

/**
 * Jekyll reads the first of these that exists (Jekyll::Configuration#config_files);
 * TOML is not read here and gets a warning.
 */
const CONFIG_FILES = ['_config.yml', '_config.yaml', '_config.toml'] as const;

/**
 * The baseurl for a Jekyll export: the caller's `override` when given (`/` or
 * `''` meaning none), else the one in the site's `_config.yml` when the
 * destination `site` is a site root, else none (`''`). A `_config.yml` that is
 * not YAML stops the export with its name and the problem: Jekyll stops on it
 * too, and guessing "no baseurl" would write links that 404 on a site that has
 * one. A config that is YAML but not a mapping is read as Jekyll reads it (its
 * defaults, no baseurl), with a warning.
 */
export async function jekyllBaseurl(
  site: string | undefined,
  override: string | undefined,
  warnings: ExportWarning[],
): Promise<string> {
  if (override !== undefined) return normalizeBaseurl(override, 'The --baseurl option');
  if (site === undefined) return '';
  for (const name of CONFIG_FILES) {
    const file = join(site, name);
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw new CoreError(
        'io',
        `Could not read the Jekyll configuration ${file}: ${error.message}`,
      );
    });
    if (text === undefined) continue;
    if (name === '_config.toml') {
      warnings.push({
        code: 'site-config',
        message: `${file} is TOML, which the export does not read: image links start at the site root. If the site has a baseurl, export again with it (--baseurl /path).`,
      });
      return '';
    }
    return baseurlIn(text, file, warnings);
  }
  return '';
}

function baseurlIn(text: string, file: string, warnings: ExportWarning[]): string {
  const settings = readSettings(text, file);
  if (settings === null) return '';
  if (typeof settings !== 'object' || Object.getPrototypeOf(settings) !== Object.prototype) {
    warnings.push({
      code: 'site-config',
      message: `${file} holds no settings (it is not a list of "name: value" lines); Jekyll then uses its defaults, so image links start at the site root.`,
    });
    return '';
  }
  const value = (settings as Record<string, unknown>)['baseurl'];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    throw new CoreError(
      'invalid-input',
      `${file}: baseurl must be a path like /my-blog, not ${JSON.stringify(value)}.`,
    );
  }
  return normalizeBaseurl(value, `The baseurl in ${file}`);
}

/** The config as plain values (null when empty), or a CoreError naming the file and the problem. */
function readSettings(text: string, file: string): unknown {
  // YAML 1.1 and repeated keys (the last wins, hence toJS rather than get) as Ruby's Psych reads it for Jekyll.
  const document = parseDocument(text, { version: '1.1', uniqueKeys: false });
  let problem = document.errors[0]?.message;
  if (problem === undefined) {
    try {
      return document.toJS();
    } catch (error) {
      // An alias bomb (`&a [*b, *b, …]`) is refused by the reader.
      problem = error instanceof Error ? error.message : String(error);
    }
  }
  throw new CoreError(
    'invalid-input',
    `${file} is not valid YAML (${problem.split('\n')[0]}), so its baseurl cannot be read; Jekyll cannot build the site with it either. Fix the file, or give the baseurl yourself (confnotes export --baseurl /path, or / for none).`,
  );
}

/**
 * `/my-blog` from `my-blog/`, `/my-blog`, `/my-blog/`; `''` from `''` or `/`.
 * Only a plain path is accepted: a URL with a host belongs in `url`, not
 * `baseurl`, and `..`, `?`, `#`, spaces or backslashes would not name a folder
 * of the site.
 */
export function normalizeBaseurl(value: string, origin: string): string {
  const trimmed = value.trim();
  const parts = trimmed.split('/').filter((part) => part !== '');
  const bad =
    /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ||
    trimmed.startsWith('//') ||
    parts.some((part) => part === '.' || part === '..' || !/^[\w.~!$&'()*+,;=:@%-]+$/.test(part));
  if (bad) {
    throw new CoreError(
      'invalid-input',
      `${origin} must be the path the site is served under, like /my-blog (or / for none); got "${value}".`,
    );
  }
  return parts.length > 0 ? `/${parts.join('/')}` : '';
}
