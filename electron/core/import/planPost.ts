import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { stringifyMarkdown } from '../../../shared/markdown';
import type { Post } from './posts';
import {
  TALK_MARKER_LABELS,
  type PostReading,
  type TalkMarker,
} from '../../../shared/ipc/importReview';
import { conferenceName } from './conferenceName';
import { readTalks, type ReadPost, type TalkPattern } from './readTalks';
import { parseTalkHeading } from './talkHeading';
import { noteHeading } from './oneTalkNote';
import { parseTalkLine } from './talkLine';
import type { PlannedConference, PlannedTalk } from './types';

/**
 * One post, planned: a whole-conference post becomes a conference with its
 * talks; a post about one talk becomes that talk (the caller puts it in its
 * group's conference). Images are left to the caller; bodies are final
 * Markdown written by the one engine.
 */
export type PostPlan =
  | {
      kind: 'conference';
      conference: PlannedConference;
      nodes: Map<PlannedTalk | PlannedConference, Root>;
    }
  | { kind: 'talk'; talk: PlannedTalk; nodes: Map<PlannedTalk | PlannedConference, Root> };

export function planPost(
  post: Post,
  pattern?: TalkPattern,
  split: ReadPost = readTalks(post.tree, pattern, post.meta.title),
): PostPlan {
  const general = [...split.general];
  if (post.meta.title && split.title && split.title !== post.meta.title) {
    general.unshift({
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: split.title }],
    });
  }
  const title = withYear(post.meta.title ?? split.title ?? post.fallbackTitle, post.year);
  const nodes = new Map<PlannedTalk | PlannedConference, Root>();
  const hasGeneral = general.some((n) => toString(n).trim().length > 0 || n.type === 'image');

  if (split.talks.length >= 2 || (split.talks.length === 1 && hasGeneral)) {
    const slugs = new Set<string>();
    const talks = split.talks.map((talk): PlannedTalk => {
      const planned: PlannedTalk = {
        source: `${post.source}#${uniqueSlug(talk.title, slugs)}`,
        title: talk.title,
        speakers: talk.speakers,
        kind: talk.kind,
        tags: [],
        body: '',
        images: [],
      };
      nodes.set(planned, root(talk.nodes));
      return planned;
    });
    if (post.meta.link) general.unshift(linkParagraph(post.meta.link));
    const name = conferenceName({
      conference: post.meta.conference,
      postTitle: post.meta.title,
      firstHeading: split.title,
      pageHeading: firstHeadingOf(post.tree),
      path: post.path,
      date: post.meta.date,
      text: post.markdown ?? toString(post.tree),
    });
    const starts =
      post.meta.date && Number(post.meta.date.slice(0, 4)) === name.year
        ? post.meta.date
        : name.year
          ? `${name.year}-01-01`
          : post.meta.date;
    const conference: PlannedConference = {
      source: post.source,
      title: name.title,
      meta: {
        tags: post.meta.tags,
        ...(starts ? { starts } : {}),
        ...(post.meta.location ? { location: post.meta.location } : {}),
      },
      body: '',
      images: [],
      talks,
      reading: postReading(post.source, split),
    };
    nodes.set(conference, root(general));
    return { kind: 'conference', conference, nodes };
  }

  const only = split.talks[0];
  const named = post.meta.title || split.title ? undefined : noteHeading(general);
  const noteTitle = named?.title || title;
  const line = named ?? parseTalkLine(noteTitle);
  const heading =
    only ?? (line.speakers.length > 0 ? line : null) ?? parseTalkHeading(noteTitle, 'colon');
  const links = {
    ...(post.meta.slides ? { slides: post.meta.slides } : {}),
    ...(post.meta.video ? { video: post.meta.video } : {}),
  };
  const talk: PlannedTalk = {
    source: post.source,
    title: heading?.title ?? noteTitle,
    speakers: post.meta.speakers ?? heading?.speakers ?? [],
    kind: post.meta.kind ?? heading?.kind ?? 'talk',
    tags: post.meta.tags,
    ...(post.meta.date ? { starts: post.meta.date } : {}),
    ...(Object.keys(links).length > 0 ? { links } : {}),
    body: '',
    images: [],
    reading: postReading(post.source, split),
  };
  const body = only ? only.nodes : general;
  nodes.set(talk, root(post.meta.link ? [linkParagraph(post.meta.link), ...body] : body));
  return { kind: 'talk', talk, nodes };
}

/**
 * Writes the planned bodies once images have been looked at. A Markdown
 * source keeps its own bytes (Obsidian's `![[embeds]]`, the user's list
 * markers): each run of nodes that came from the file is cut out of it, and
 * only what the import added is written by the engine.
 */
export function renderBodies(plan: PostPlan, markdown?: string): void {
  for (const [item, tree] of plan.nodes) {
    if (markdown === undefined) {
      item.body = stringifyMarkdown(tree);
      continue;
    }
    const pieces: string[] = [];
    let run: { start: number; end: number } | null = null;
    for (const node of tree.children) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined && (!run || start >= run.end)) {
        if (run && /^\s*$/.test(markdown.slice(run.end, start))) run.end = end;
        else {
          if (run) pieces.push(markdown.slice(run.start, run.end));
          run = { start, end };
        }
        continue;
      }
      if (run) pieces.push(markdown.slice(run.start, run.end));
      run = null;
      pieces.push(stringifyMarkdown(root([node])).trimEnd());
    }
    if (run) pieces.push(markdown.slice(run.start, run.end));
    item.body = pieces.length > 0 ? `${pieces.join('\n\n')}\n` : '';
  }
}

/** Every way the post's talks could be marked, best first, with the one used; `none` last. */
function postReading(post: string, split: ReadPost): PostReading {
  const chosen: TalkMarker = split.chosen ?? 'none';
  const choices: PostReading['choices'] = split.patterns.map((p) => ({
    marker: p.pattern,
    label: TALK_MARKER_LABELS[p.pattern],
    talks: p.talks,
  }));
  if (!choices.some((c) => c.marker === chosen)) {
    choices.unshift({
      marker: chosen,
      label: TALK_MARKER_LABELS[chosen],
      talks: split.talks.length,
    });
  }
  if (chosen !== 'none') choices.push({ marker: 'none', label: TALK_MARKER_LABELS.none, talks: 1 });
  return { post, chosen, choices };
}

/** The text of the first level-1 or level-2 heading. */
function firstHeadingOf(tree: Root): string | undefined {
  const heading = tree.children.find((n) => n.type === 'heading' && n.depth <= 2);
  return heading ? toString(heading).trim() || undefined : undefined;
}

function root(children: RootContent[]): Root {
  return { type: 'root', children };
}

/** The post's own address stays with what was made of it. */
function linkParagraph(url: string): RootContent {
  return {
    type: 'paragraph',
    children: [
      { type: 'text', value: 'Imported from ' },
      { type: 'link', url, children: [{ type: 'text', value: url }] },
    ],
  };
}

function withYear(title: string, year: string | undefined): string {
  if (!year || /\b(?:19|20)\d{2}\b/.test(title)) return title;
  // "Some Ops conference" of 2018 is "Some Ops 2018" to a reader.
  return `${title.replace(/\s+(?:conference|conf)$/i, '')} ${year}`;
}

function uniqueSlug(title: string, taken: Set<string>): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'talk';
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
