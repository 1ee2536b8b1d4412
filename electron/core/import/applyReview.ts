import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ConferenceEdit, ImportCorrections, TalkEdit } from '../../../shared/ipc/importReview';
import { parseSpeakerList } from '../../../shared/speakers';
import type { PostPlan } from './planPost';
import type { PlannedConference, PlannedTalk } from './types';

/**
 * The reader's corrections from the review, applied to a planned post before
 * its bodies are written: talks left in the conference's notes, merged into
 * the talk before, split at one of their parts, renamed, their speakers
 * retyped. Text only ever moves: a talk that stops being one brings its title
 * along as a heading, so nothing of the source is lost.
 */
export function applyTalkEdits(plan: PostPlan, review: ImportCorrections | undefined): void {
  const edits = new Map((review?.talks ?? []).map((edit) => [edit.source, edit]));
  if (plan.kind === 'talk') {
    const edit = edits.get(plan.talk.source);
    if (edit) retype(plan.talk, edit);
    describe(plan.talk, plan.nodes.get(plan.talk));
    return;
  }
  const { conference, nodes } = plan;
  const general = nodes.get(conference)!;
  const kept: PlannedTalk[] = [];
  for (const talk of conference.talks) {
    const edit = edits.get(talk.source);
    const own = nodes.get(talk)!;
    const previous = kept[kept.length - 1];
    if (edit?.keepInNotes || (edit?.mergeWithPrevious && previous)) {
      const into = edit.keepInNotes ? general : nodes.get(previous)!;
      into.children.push(titleHeading(talk), ...own.children);
      nodes.delete(talk);
      continue;
    }
    if (edit) retype(talk, edit);
    kept.push(talk);
    const at = edit?.splitAt
      ? own.children.findIndex((n, i) => i > 0 && firstLine(n) === edit.splitAt)
      : -1;
    if (at > 0) {
      const part = own.children.splice(at);
      const heading = part[0].type === 'heading' ? part.shift() : undefined;
      const title = heading ? toString(heading).trim() : edit!.splitAt!;
      const split: PlannedTalk = {
        ...talk,
        source: `${talk.source}~${kept.length}`,
        title: title.slice(0, 300),
        speakers: [],
        body: '',
        images: [],
      };
      nodes.set(split, { type: 'root', children: part });
      kept.push(split);
    }
  }
  conference.talks = kept;
  for (const talk of kept) describe(talk, nodes.get(talk));
}

/** A conference's title and year as the reader set them. */
export function applyConferenceEdits(
  conferences: PlannedConference[],
  edits: ConferenceEdit[] | undefined,
): void {
  for (const edit of edits ?? []) {
    const conference = conferences.find((c) => c.source === edit.source);
    if (!conference) continue;
    if (edit.title) conference.title = edit.title;
    if (edit.year) {
      const starts = conference.meta.starts;
      conference.meta.starts = starts?.startsWith(`${edit.year}-`) ? starts : `${edit.year}-01-01`;
    }
  }
}

function retype(talk: PlannedTalk, edit: TalkEdit): void {
  if (edit.title) talk.title = edit.title;
  if (edit.speakers !== undefined) talk.speakers = parseSpeakerList(edit.speakers);
}

function titleHeading(talk: PlannedTalk): Heading {
  const names = talk.speakers.map((s) => s.name).join(', ');
  return {
    type: 'heading',
    depth: 2,
    children: [{ type: 'text', value: names ? `${talk.title} — ${names}` : talk.title }],
  };
}

/** What the review shows of a talk: its first line, and the parts it could be split at. */
function describe(talk: PlannedTalk, tree: Root | undefined): void {
  const children = tree?.children ?? [];
  talk.firstLine =
    children
      .map(firstLine)
      .find((line) => line.length > 0)
      ?.slice(0, 200) ?? '';
  talk.parts = children
    .slice(1)
    .map(firstLine)
    .filter((line) => line.length > 0)
    .slice(0, 40);
}

function firstLine(node: RootContent): string {
  const text = node.type === 'html' ? node.value.replace(/<[^>]*>/g, ' ') : toString(node);
  return (
    text
      .trim()
      .split('\n')[0]
      ?.replace(/^(?:#+|[-*+>]|\d+[.)])\s+/, '')
      .trim()
      .slice(0, 200) ?? ''
  );
}
