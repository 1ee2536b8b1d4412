import { posix } from 'node:path';
import type { ExportFlavor } from '../../../shared/ipc/export';
import { CoreError } from '../errors';
import { slugify } from '../library/fileNames';

/** Where one note's images are copied, and how the note's links reach them. */
interface ImagePlacement {
  /** Destination-relative folder the copies are written to, `/`-separated. */
  folder: string;
  /** What a link puts in front of an image's name: `images` (relative) or `/images/…` (from the site root). */
  href: string;
}

/**
 * Where an export puts notes and images so that the site it is pasted into
 * serves both: one rule per flavour, decided here and nowhere else.
 */
export interface SiteLayout {
  /** Destination-relative folder the notes go in (`_posts` for a Jekyll site, else the destination itself). */
  notesFolder: string;
  /** The images of the note written at `notePath` (destination-relative). */
  images(notePath: string): ImagePlacement;
}

const POSTS = '_posts';

/**
 * Jekyll: the destination is the site's root. Jekyll makes posts only of
 * files in `_posts/` (subfolders included) and serves nothing from there, so
 * posts go in `_posts/` and images in the images folder at the root, one
 * subfolder per post (`images/2021-10-28-slug/`): a second export into the
 * same site can never land on another post's pictures. A post's address
 * (`/2021/10/28/slug.html`, or whatever `permalink` says) has nothing to do
 * with where its file lies, so links start at the site root, as Jekyll's
 * "Including images and resources" (jekyllrb.com/docs/posts) shows:
 * `![…](/images/…/x.png)`. Not `{{ site.baseurl }}/images/…`: that is Liquid,
 * which only Jekyll expands; in every other Markdown reader (GitHub, an
 * editor's preview, the renderers the export is tested with) it is a broken
 * image, and Jekyll's docs give the plain root path for posts. A site served
 * under a sub-path (`baseurl: /my-blog`, GitHub project pages) gets that path
 * in front, `/my-blog/images/…` (see jekyllBaseurl.ts for why it is literal).
 * A named `.md` file gets the same links, with its images in
 * `images/<name>/` beside it: the layout of a site root, ready for the file to
 * go into `_posts/`.
 *
 * Hugo: images in the images folder beside each note, linked relatively:
 * inside the page bundle (`slug/index.md`, `slug/images/`, a section's
 * `_index.md` likewise), whose files Hugo publishes beside the page, at the
 * address the relative link resolves to. A named `x.md` is a page without a
 * bundle, which Hugo serves at `…/x/`; its relative `images/…` links resolve
 * under that address, so its images go into `x/images/` beside it, which Hugo
 * publishes as they are, at `…/x/images/`. (A named `index.md` or `_index.md`
 * is a bundle's page: its images stay beside it.)
 *
 * The others: images in the images folder beside each note, linked relatively.
 */
export function siteLayout(
  flavor: ExportFlavor,
  imagesDir: string,
  named: boolean,
  baseurl = '',
): SiteLayout {
  if (flavor === 'jekyll') {
    // Jekyll copies no file or folder whose name starts with `_` or `.` into the site.
    if (imagesDir.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))) {
      throw new CoreError(
        'invalid-input',
        `Jekyll does not publish folders whose names start with "_" or ".", so images in "${imagesDir}" would be missing from the site; choose another images folder, like "images".`,
      );
    }
    return {
      notesFolder: named ? '' : POSTS,
      images(notePath) {
        const inPosts = notePath.startsWith(`${POSTS}/`)
          ? notePath.slice(POSTS.length + 1)
          : notePath;
        const folder = posix.join(imagesDir, inPosts.replace(/\.md$/i, ''));
        return { folder, href: `${baseurl}/${folder}` };
      },
    };
  }
  return {
    notesFolder: '',
    images(notePath) {
      const stem = posix.basename(notePath).replace(/\.md$/i, '');
      const page = flavor === 'hugo' && named && stem !== 'index' && stem !== '_index';
      const beside = page ? posix.join(posix.dirname(notePath), stem) : posix.dirname(notePath);
      return { folder: posix.join(beside, imagesDir), href: imagesDir };
    },
  };
}

/**
 * Refuses a Hugo page file whose images Hugo would not serve where its links
 * point: Hugo serves `x.md` at an address made from its name, lower-cased and
 * with spaces as `-` (`My Talk.md` at `…/my-talk/`), but publishes the files
 * of the `My Talk/images/` folder under the name as it is. Only a name that is
 * its own address (lower-case letters, digits, `-`, `_`) gets both to agree;
 * a page that shows no image may be named as the user likes.
 */
export function checkHugoPageName(
  flavor: ExportFlavor,
  fileName: string | undefined,
  imageCount: number,
): void {
  if (flavor !== 'hugo' || fileName === undefined || imageCount === 0) return;
  const stem = fileName.replace(/\.md$/i, '');
  if (stem === 'index' || stem === '_index' || /^[a-z0-9][a-z0-9_-]*$/.test(stem)) return;
  throw new CoreError(
    'invalid-input',
    `Hugo serves ${fileName} at an address made from its name (…/${slugify(stem)}/), where the images copied beside it would not be found. Name the file like ${slugify(stem)}.md, or export to a content folder (each post a page bundle).`,
  );
}

/**
 * Refuses a Jekyll export that would 404: into `_posts` itself (the posts
 * would land in `_posts/_posts/` and the images where Jekyll serves nothing),
 * or a named post inside `_posts` that shows images. Says what to choose instead.
 */
export function checkJekyllDestination(
  flavor: ExportFlavor,
  folder: string,
  named: boolean,
  imageCount: number,
): void {
  if (flavor !== 'jekyll' || posix.basename(folder.replaceAll('\\', '/')).toLowerCase() !== POSTS)
    return;
  if (named && imageCount === 0) return;
  const site = posix.dirname(folder.replaceAll('\\', '/'));
  throw new CoreError(
    'invalid-input',
    `${folder} is a Jekyll _posts folder, which Jekyll serves no images from. Export to the site's folder (${site}) instead: posts go into its _posts/ and images into its images/.`,
  );
}
