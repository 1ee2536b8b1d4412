import GithubSlugger from 'github-slugger';
import type { Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ExportFlavor } from '../../../shared/ipc/export';
import type { ConferenceDocument, TalkDocument } from '../../../shared/library';
import { stringifyMarkdown } from '../../../shared/markdown';
import { conferenceFrontMatter, unique, withFrontMatter } from './flavorFrontMatter';
import type { ImageCollector } from './imageCollector';
import { shiftToNest } from './markdownTransforms';
import { ReferenceNamespace } from './references';
import { defuseForPublishing, publishWarnings } from './publishSafe';
import {
  bodyTree,
  heading,
  linksParagraph,
  talkHeadingText,
  type PublishOptions,
} from './talkNote';

export interface ConferencePostInput {
  conference: ConferenceDocument;
  /** In time order: the post keeps the order it is given. */
  talks: TalkDocument[];
  flavor: ExportFlavor;
  toc: boolean;
  publish: PublishOptions;
  images?: ImageCollector;
  /** Destination-relative path the post is written to. */
  notePath: string;
}

/**
 * A conference as one blog post: front matter, the general notes as the
 * introduction, an optional table of contents, then one `## Title — Speakers`
 * section per talk with its links and its notes one level further down.
 */
export async function renderConferencePost(input: ConferencePostInput): Promise<string> {
  const { conference, talks, flavor } = input;
  const references = new ReferenceNamespace();
  const children: RootContent[] = [];
  if (flavor === 'plain') children.push(heading(1, conference.meta.title));

  const intro = bodyTree(conference.body);
  shiftToNest(intro, 2);
  references.claim(intro, 'intro');
  await input.images?.collect(intro, { id: conference.id, path: conference.path }, input.notePath);
  defuse(intro, conference.path, input);
  children.push(...intro.children);

  const sections: Heading[] = [];
  for (const [index, talk] of talks.entries()) {
    const notes = bodyTree(talk.body);
    // Under the talk's `##`: notes starting at `#` or `##` begin at `###`.
    shiftToNest(notes, 3, 1);
    references.claim(notes, `talk-${index + 1}`);
    await input.images?.collect(notes, { id: talk.id, path: talk.path }, input.notePath);
    defuse(notes, talk.path, input);
    const section = heading(2, talkHeadingText(talk.meta));
    sections.push(section);
    children.push(section);
    const links = linksParagraph(talk.meta);
    if (links) children.push(links);
    children.push(...notes.children);
  }

  const tree: Root = { type: 'root', children };
  if (input.toc && sections.length > 0) insertToc(tree, sections);
  const markdown = stringifyMarkdown(tree);
  const tags = unique([...conference.meta.tags, ...talks.flatMap((talk) => talk.meta.tags)]);
  return withFrontMatter(flavor, conferenceFrontMatter(flavor, conference.meta, tags), markdown);
}

/** The whole post is written by the engine, so the tree is defused in place and nothing spliced. */
function defuse(tree: Root, path: string, { publish, flavor }: ConferencePostInput): void {
  const safety = defuseForPublishing(tree, publish.keepHtml, flavor);
  publish.warnings.push(...publishWarnings(path, safety));
}

/**
 * A list of links to the talk sections, placed after the introduction. The
 * anchors are GitHub's heading ids (what Hugo's default and GitHub render),
 * counted over every heading so that repeated titles get their `-1` suffix.
 */
function insertToc(tree: Root, sections: Heading[]): void {
  const slugger = new GithubSlugger();
  const anchors = new Map<Heading, string>();
  visit(tree, 'heading', (node: Heading) => {
    anchors.set(node, slugger.slug(toString(node)));
  });
  const toc: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: sections.map((section) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              url: `#${anchors.get(section)}`,
              children: [{ type: 'text', value: toString(section) }],
            },
          ],
        },
      ],
    })),
  };
  const at = tree.children.indexOf(sections[0]);
  tree.children.splice(at, 0, toc);
}
