import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ExportFlavor, ExportWarning } from '../../../shared/ipc/export';
import type { TalkDocument } from '../../../shared/library';
import { parseMarkdown, stringifyMarkdown } from '../../../shared/markdown';
import type { ConferenceMeta, TalkMeta } from '../../../shared/schemas';
import { isWebUrl } from '../../../shared/webUrl';
import { talkFrontMatter, withFrontMatter } from './flavorFrontMatter';
import type { ImageCollector } from './imageCollector';
import { defuseForPublishing, publishWarnings } from './publishSafe';
import { spliceEdits, type Edit } from './spliceEdits';

/** `Talk title — Speaker, Speaker`, the heading a talk gets in a post (and in plain files). */
export function talkHeadingText(talk: TalkMeta): string {
  const names = talk.speakers.map((speaker) => speaker.name).join(', ');
  return names ? `${talk.title} — ${names}` : talk.title;
}

/** Built as mdast text, so a `*` or `_` in a title is escaped by the stringifier, never emphasis. */
export function heading(depth: Heading['depth'], text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}

/** `[Video](…) · [Slides](…) · [Talk page](…)` under a talk's heading, or nothing when it has no links. */
export function linksParagraph(talk: TalkMeta): Paragraph | undefined {
  const links: PhrasingContent[] = [];
  const add = (label: string, url: string | undefined) => {
    // Front matter is anyone's text (an import, a schedule): only web
    // addresses become live links on a published page.
    if (!isWebUrl(url)) return;
    if (links.length > 0) links.push({ type: 'text', value: ' · ' });
    links.push({ type: 'link', url, children: [{ type: 'text', value: label }] });
  };
  add('Video', talk.links?.video);
  add('Slides', talk.links?.slides);
  add('Talk page', talk.links?.page);
  return links.length > 0 ? { type: 'paragraph', children: links } : undefined;
}

/** A note's body as a tree; a stray front-matter block inside the body stays ordinary text. */
export function bodyTree(body: string): Root {
  const tree = parseMarkdown(body);
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    tree.children[0] = { type: 'code', lang: 'yaml', value: first.value };
  }
  return tree;
}

/** How raw HTML is published (see publishSafe.ts), and where the note's warnings go. */
export interface PublishOptions {
  keepHtml: boolean;
  warnings: ExportWarning[];
}

export interface TalkNoteInput {
  talk: TalkDocument;
  conference: ConferenceMeta;
  flavor: ExportFlavor;
  publish: PublishOptions;
  /** Copies images beside the note; without it image links stay as in the library. */
  images?: ImageCollector;
  /** Destination-relative path the note is written to (its images go where the site layout says). */
  notePath: string;
}

/**
 * One talk as a Markdown file: the flavour's front matter (or, for `plain`,
 * a `#` heading in its place), its video and slides links, then its notes as
 * written, byte for byte but for the links of images it shows (which now
 * point at the copies) and what could run on a published page
 * (publishSafe.ts). Notes without HTML, links or images are not even
 * parsed, which is what lets 10,000 talks export in seconds.
 */
export async function renderTalkNote(input: TalkNoteInput): Promise<string> {
  const { talk, conference, flavor } = input;
  let notes = talk.body;
  if (mayShowImages(notes) || mayNeedDefusing(notes)) {
    const tree = bodyTree(notes);
    const edits: Edit[] = [];
    if (input.images && mayShowImages(notes)) {
      const changed = await input.images.collect(
        tree,
        { id: talk.id, path: talk.path },
        input.notePath,
      );
      for (const node of changed)
        edits.push({ node, replacement: [node], topLevel: tree.children.includes(node) });
    }
    const safety = defuseForPublishing(tree, input.publish.keepHtml, flavor);
    input.publish.warnings.push(...publishWarnings(talk.path, safety));
    edits.push(...safety.edits);
    if (edits.length > 0) notes = spliceEdits(notes, tree, edits) ?? stringifyMarkdown(tree);
  }
  const top: RootContent[] = [];
  if (flavor === 'plain') top.push(heading(1, talkHeadingText(talk.meta)));
  const links = linksParagraph(talk.meta);
  if (links) top.push(links);
  const header = top.length > 0 ? stringifyMarkdown({ type: 'root', children: top }) : '';
  if (notes && !notes.endsWith('\n')) notes += '\n';
  const markdown = header && notes ? `${header}\n${notes}` : header || notes;
  return withFrontMatter(flavor, talkFrontMatter(flavor, talk.meta, conference), markdown);
}

/**
 * False only when the text cannot hold an image: every Markdown image starts
 * with `![` and every HTML one with `<img`. A cheap, sound filter in front of
 * the parser, never a substitute for it.
 */
function mayShowImages(markdown: string): boolean {
  return markdown.includes('![') || /<img/i.test(markdown);
}

/**
 * False only when nothing in the text can be live on a published page, so
 * that the many notes whose links are plain web links are not parsed:
 * HTML and autolinks start with `<` and a letter, `/`, `!` or `?`; a link
 * target can reach a refused scheme only by spelling it (a Markdown link
 * target holds no spaces or control characters) or through a character
 * reference (`&#106;`, `&amp;`); kramdown's attribute lists start with `{:`.
 */
function mayNeedDefusing(markdown: string): boolean {
  return /<[a-z/!?]|&(#|[a-z][a-z0-9]*;)|(?:javascript|vbscript|data|file):|\{:/i.test(markdown);
}
