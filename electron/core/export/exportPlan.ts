import { isAbsolute, posix } from 'node:path';
import type { ExportRequest, ExportWarning } from '../../../shared/ipc/export';
import type { ConferenceDocument, TalkDocument } from '../../../shared/library';
import { CoreError } from '../errors';
import type { LibraryService } from '../library/types';
import { renderConferencePost } from './conferencePost';
import { dayOf } from './exportDates';
import { talkDate } from './flavorFrontMatter';
import { ImageCollector, type ImageCopy } from './imageCollector';
import { jekyllBaseurl } from './jekyllBaseurl';
import { claimNotePath, conferenceIndexName, NameTable } from './outputNames';
import { readNotesToExport } from './readNotesToExport';
import { checkHugoPageName, checkJekyllDestination, siteLayout } from './siteLayout';
import { renderTalkNote, type PublishOptions } from './talkNote';

/** Everything an export will write, decided before anything is written. */
export interface ExportPlan {
  /** The destination folder as given (absolute). */
  folder: string;
  /** Markdown files in export order, destination-relative. */
  notes: Array<{ path: string; text: string }>;
  images: ImageCopy[];
  warnings: ExportWarning[];
  /** Jekyll: the baseurl image links start with (`''` for none); undefined for other flavours. */
  baseurl?: string;
}

/**
 * Reads what the request covers and renders every file in memory, in a fixed
 * order (conferences by folder, talks in time order), so that names, image
 * names and bytes come out the same on every run.
 */
export async function planExport(
  library: LibraryService,
  request: ExportRequest,
  onRead: (done: number, total: number) => void = () => {},
): Promise<ExportPlan> {
  const imagesDir = checkImagesDir(request.images);
  const single =
    request.scope.kind === 'talk' || (request.scope.kind === 'conference' && !request.folder);
  const named = /\.md$/i.test(request.destination);
  if (named && !single) {
    throw new CoreError(
      'invalid-input',
      `A folder export needs a folder as destination, not ${request.destination}.`,
    );
  }
  const folder = named
    ? posix.dirname(request.destination.replaceAll('\\', '/'))
    : request.destination;
  const fixedName = named ? posix.basename(request.destination.replaceAll('\\', '/')) : undefined;
  if (!isAbsolute(folder)) {
    throw new CoreError(
      'invalid-input',
      `The export destination must be an absolute path, not ${request.destination}.`,
    );
  }
  const { flavor } = request;
  if (flavor !== 'jekyll' && request.baseurl !== undefined) {
    throw new CoreError(
      'invalid-input',
      `A baseurl applies to Jekyll exports only; ${flavor} image links do not start at the site root.`,
    );
  }
  const configWarnings: ExportWarning[] = [];
  // A folder destination is the site root, whose _config.yml may say where the site is served.
  const baseurl =
    flavor === 'jekyll'
      ? await jekyllBaseurl(named ? undefined : folder, request.baseurl, configWarnings)
      : undefined;
  const source = await readNotesToExport(library, request.scope, onRead);

  const layout = siteLayout(flavor, imagesDir, named, baseurl);
  const names = new NameTable([imagesDir.split('/')[0]]);
  const images = new ImageCollector(library, names, layout);
  const plan: ExportPlan = {
    folder,
    notes: [],
    images: images.copies,
    warnings: configWarnings,
    baseurl,
  };
  const top = layout.notesFolder;
  const publish = { keepHtml: request.keepHtml, warnings: [] as ExportWarning[] };
  const dateWarning = (path: string, title: string) =>
    plan.warnings.push({
      code: 'no-date',
      message: `${path}: "${title}" has no date, so its Jekyll post name has none and Jekyll will skip it.`,
      notePath: path,
    });
  const claim = (parent: string, title: string, day: string | undefined, notePath: string) => {
    if (flavor === 'jekyll' && !day) dateWarning(notePath, title);
    return claimNotePath(names, parent, flavor, title, day);
  };

  const addTalk = async (talk: TalkDocument, conference: ConferenceDocument, notePath: string) => {
    plan.notes.push({
      path: notePath,
      text: await renderTalkNote({
        talk,
        conference: conference.meta,
        flavor,
        images,
        notePath,
        publish,
      }),
    });
  };

  if (request.scope.kind === 'talk') {
    const { conference, talks } = source.conferences[0];
    const talk = talks[0];
    const path =
      fixedName ??
      claim(top, talk.meta.title, dayOf(talkDate(talk.meta, conference.meta)), talk.path);
    await addTalk(talk, conference, path);
  } else if (single) {
    const { conference, talks } = source.conferences[0];
    const path =
      fixedName ?? claim(top, conference.meta.title, conference.meta.starts, conference.path);
    const text = await renderConferencePost({
      conference,
      talks,
      flavor,
      toc: request.toc,
      images,
      notePath: path,
      publish,
    });
    plan.notes.push({ path, text });
  } else {
    const nested = request.scope.kind === 'library';
    for (const { conference, talks } of source.conferences) {
      const parent = nested ? posix.join(top, names.claim(top, conference.folder, '')) : top;
      const index = conferenceIndexName(flavor, conference.meta.title);
      const indexPath =
        flavor === 'jekyll'
          ? claim(parent, conference.meta.title, conference.meta.starts, conference.path)
          : posix.join(parent, names.claim(parent, index.stem, index.ext));
      plan.notes.push({
        path: indexPath,
        text: await renderConferenceIndex(conference, request, images, indexPath, publish),
      });
      for (const talk of talks) {
        const day = dayOf(talkDate(talk.meta, conference.meta));
        await addTalk(talk, conference, claim(parent, talk.meta.title, day, talk.path));
      }
    }
  }
  plan.warnings.push(...source.warnings, ...images.warnings, ...publish.warnings);
  checkJekyllDestination(flavor, folder, named, plan.images.length);
  checkHugoPageName(flavor, fixedName, plan.images.length);
  return plan;
}

/** A conference's general notes on their own, as the folder's index note. */
async function renderConferenceIndex(
  conference: ConferenceDocument,
  request: ExportRequest,
  images: ImageCollector,
  path: string,
  publish: PublishOptions,
): Promise<string> {
  return renderConferencePost({
    conference,
    talks: [],
    flavor: request.flavor,
    toc: false,
    images,
    notePath: path,
    publish,
  });
}

/** The images folder: relative, inside the destination, `/`-separated. */
function checkImagesDir(images: string): string {
  const normal = posix.normalize(images.trim()).replace(/\/+$/, '');
  if (
    !normal ||
    normal === '.' ||
    images.includes('\\') ||
    posix.isAbsolute(normal) ||
    normal.split('/').includes('..')
  ) {
    throw new CoreError(
      'invalid-input',
      `The images folder must be a folder inside the export destination, like "images"; got "${images}".`,
    );
  }
  return normal;
}
