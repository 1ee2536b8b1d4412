import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../../shared/markdown';
import { parseTokens } from './renderedStructure';

/**
 * What a static-site generator makes of an exported folder, written down from
 * its documentation so the test needs neither Ruby nor Go: which files become
 * pages at which address, and which files it serves as they are. An image
 * link in a page works when the address it resolves to, from the page's own
 * address, is a served file.
 */
export interface SiteModel {
  /** Markdown files that become pages, with the address each is served at. */
  pages: Array<{ file: string; url: string; markdown: string }>;
  /** The destination-relative file served at `pathname`, if any. */
  served(pathname: string): string | undefined;
}

/** Every file under `root`, destination-relative with `/`. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      posix.join(entry.parentPath.slice(root.length).replaceAll('\\', '/'), entry.name),
    )
    .map((path) => path.replace(/^\//, ''))
    .sort();
}

const POST = /^_posts\/(?:.+\/)?(\d{4})-(\d{2})-(\d{2})-(.+)\.md$/;

/**
 * Jekyll with the site root at `root`: posts are `_posts/**\/YYYY-MM-DD-title.md`
 * at `/:categories/:year/:month/:day/:title.html` (permalink `date`, the
 * default) or `…/:title/` (`pretty`); every other file is copied as it is,
 * except those under a name starting with `_` or `.`. A site with a
 * `baseurl` (like `/my-blog`) is served under it: every page and file's
 * address starts with it, and nothing is served outside it (GitHub project
 * pages, and `jekyll serve`).
 */
export async function jekyllSite(
  root: string,
  permalink: 'date' | 'pretty',
  baseurl = '',
): Promise<SiteModel> {
  const pages: SiteModel['pages'] = [];
  for (const file of await filesUnder(root)) {
    const match = POST.exec(file);
    if (!match) continue;
    const [, year, month, day, title] = match;
    const markdown = await readFile(join(root, file), 'utf8');
    const yaml = splitFrontMatter(markdown).yaml;
    const meta = (yaml ? parse(yaml, { version: '1.1' }) : {}) as { categories?: string[] };
    const parts = [...(meta.categories ?? []), year, month, day, title];
    pages.push({
      file,
      url: `${baseurl}/${parts.join('/')}${permalink === 'date' ? '.html' : '/'}`,
      markdown,
    });
  }
  return {
    pages,
    served(pathname) {
      if (!pathname.startsWith(`${baseurl}/`)) return undefined;
      const path = decodeURIComponent(pathname.slice(baseurl.length)).replace(/^\//, '');
      const hidden = path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'));
      return !hidden && existsSync(join(root, path)) ? path : undefined;
    },
  };
}

/**
 * Hugo with `root` as the content section `content/<section>`: `index.md` and
 * `_index.md` are served at their folder's address, another `x.md` at `…/x/`
 * (pretty URLs, the default); a bundle's other files are published at their
 * place in the content tree.
 */
export async function hugoSite(root: string, section: string): Promise<SiteModel> {
  const pages: SiteModel['pages'] = [];
  const files = await filesUnder(root);
  for (const file of files.filter((path) => path.endsWith('.md'))) {
    const folder = posix.dirname(file) === '.' ? '' : posix.dirname(file);
    const stem = posix.basename(file, '.md');
    const path = stem === 'index' || stem === '_index' ? folder : posix.join(folder, stem);
    const url = `/${posix.join(section, path)}/`.replace(/\/+/g, '/');
    pages.push({ file, url, markdown: await readFile(join(root, file), 'utf8') });
  }
  return {
    pages,
    served(pathname) {
      const path = decodeURIComponent(pathname);
      if (!path.startsWith(`/${section}/`)) return undefined;
      const inside = path.slice(section.length + 2);
      return files.includes(inside) && !inside.endsWith('.md') ? inside : undefined;
    },
  };
}

/** The `src` of every image a page shows, as an independent renderer (markdown-it) reads it. */
export function imageSources(markdown: string): string[] {
  const sources: string[] = [];
  for (const token of parseTokens(splitFrontMatter(markdown).body)) {
    for (const child of token.children ?? []) {
      if (child.type === 'image') sources.push(String(child.attrGet('src') ?? ''));
    }
  }
  return sources;
}

/** Each local image link of each page: the file it reaches on the built site, or undefined. */
export function resolveImages(
  site: SiteModel,
): Array<{ page: string; src: string; file: string | undefined }> {
  return site.pages.flatMap((page) =>
    imageSources(page.markdown).flatMap((src) => {
      const url = new URL(src, `http://site.test${page.url}`);
      if (url.host !== 'site.test') return [];
      return [{ page: page.file, src, file: site.served(url.pathname) }];
    }),
  );
}
