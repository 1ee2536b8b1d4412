import { stat } from 'node:fs/promises';
import { posix } from 'node:path';
import type { Root } from 'mdast';
import type { ExportWarning } from '../../../shared/ipc/export';
import { slugify } from '../library/fileNames';
import type { LibraryService } from '../library/types';
import { checkPublishableImage, type PublishableImage } from './imageFiles';
import { htmlImages, imageTargets, isRemoteUrl, type ImageTarget } from './markdownTransforms';
import type { NameTable } from './outputNames';
import type { SiteLayout } from './siteLayout';

/** One image to copy: from the library (absolute, real) to the destination (relative, `/`). */
export interface ImageCopy {
  from: string;
  to: string;
}

const MISSING = 'missing';

/** The note whose images are being collected. */
export interface NoteRef {
  id: string;
  /** Library-relative, for messages. */
  path: string;
}

/**
 * Finds the images a note uses, plans their copies into the images folder the
 * site layout gives the exported note, and points the links at the copies. The same
 * picture used twice is copied once; two different pictures with one name get
 * `name-2`. A picture that cannot be found, or may not be published
 * (imageFiles.ts), keeps its link and is reported.
 */
export class ImageCollector {
  readonly copies: ImageCopy[] = [];
  readonly warnings: ExportWarning[] = [];
  private readonly assigned = new Map<string, string>();

  constructor(
    private readonly library: LibraryService,
    private readonly names: NameTable,
    /** Where each note's images go; its folders are already checked to stay inside. */
    private readonly layout: SiteLayout,
  ) {}

  /**
   * Rewrites the image URLs of `tree`, a note that will be written at
   * `notePath` (destination-relative); returns the nodes whose URL changed.
   */
  async collect(tree: Root, note: NoteRef, notePath: string): Promise<ImageTarget[]> {
    const changed: ImageTarget[] = [];
    const placement = this.layout.images(notePath);
    for (const target of imageTargets(tree)) {
      if (!target.url || isRemoteUrl(target.url)) continue;
      const source = await this.locate(note, target.url);
      if (typeof source === 'string') {
        this.warnings.push({
          code: source === MISSING ? 'missing-image' : 'refused-image',
          message:
            source === MISSING
              ? `${note.path}: image ${target.url} not found in the library; its link was kept as written.`
              : `${note.path}: image ${target.url} was not copied: ${source}; its link was kept as written.`,
          notePath: note.path,
          src: target.url,
        });
        continue;
      }
      target.url = posix.join(placement.href, this.assign(source, placement.folder));
      changed.push(target);
    }
    for (const node of htmlImages(tree)) {
      this.warnings.push({
        code: 'html-image',
        message: `${note.path}: an HTML <img> (${node.value.slice(0, 80)}) was exported as written; its file was not copied.`,
        notePath: note.path,
      });
    }
    return changed;
  }

  /** The copy's name: the file's own stem, the extension its bytes call for. */
  private assign(source: PublishableImage, imagesFolder: string): string {
    const key = `${imagesFolder}\0${source.path}`;
    const known = this.assigned.get(key);
    if (known) return known;
    const base = posix.basename(source.path.replaceAll('\\', '/'));
    const dot = base.lastIndexOf('.');
    const name = this.names.claim(
      imagesFolder,
      slugify(dot > 0 ? base.slice(0, dot) : base, 'image'),
      `.${source.ext}`,
    );
    this.assigned.set(key, name);
    this.copies.push({ from: source.path, to: posix.join(imagesFolder, name) });
    return name;
  }

  /**
   * The image file to copy, trying the link as written and then
   * percent-decoded; MISSING when there is none, or why it may not be
   * published (imageFiles.ts).
   */
  private async locate(note: NoteRef, url: string): Promise<PublishableImage | string> {
    const candidates = [url];
    try {
      const decoded = decodeURIComponent(url);
      if (decoded !== url) candidates.push(decoded);
    } catch {
      // Not percent-encoded after all: the link as written is the only candidate.
    }
    for (const candidate of candidates) {
      let absolute: string;
      try {
        absolute = await this.library.resolveAsset(note.id, candidate);
        if (!(await stat(absolute)).isFile()) continue;
      } catch {
        // Missing, or refused as outside the library: try the next spelling, then report.
        continue;
      }
      const folder = note.path.split('/')[0];
      return checkPublishableImage(this.library.root, folder, absolute);
    }
    return MISSING;
  }
}
