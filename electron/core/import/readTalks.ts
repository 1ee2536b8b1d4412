import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { TalkMarker } from '../../../shared/ipc/importReview';
import type { Speaker, TalkKind } from '../../../shared/schemas';
import { MIN_SCORE, scorePatterns, talkMarkers, type PatternScore } from './choosePattern';
import { collectMarkers } from './markers';
import type { Marker, PatternId } from './markerTypes';
import { outline, toNodes, type Block } from './outline';
import { findSentenceTalks, type SentenceTalk } from './sentenceTalks';
import { speakersInBody } from './speakersInBody';

/**
 * The structural reader: one post's tree → its talks and its general notes.
 * The document's own structure decides (choosePattern.ts); a caller (the
 * review, `--talks-at`) may name the pattern instead, or `none` to keep the
 * post whole. Every block lands in a talk or in the general notes, so
 * nothing of the text is lost whichever pattern is used.
 */
export type TalkPattern = TalkMarker;

interface ReadTalk {
  title: string;
  speakers: Speaker[];
  kind: TalkKind;
  /** The line the talk was read from, as written. */
  marker: string;
  nodes: RootContent[];
}

export interface ReadPost {
  /** The post's own title: a first heading with no other at its level. */
  title?: string;
  general: RootContent[];
  talks: ReadTalk[];
  /** Every pattern that could mark talks here, best first. */
  patterns: PatternScore[];
  /** The pattern used, or null when the post is one talk's notes. */
  chosen: PatternId | null;
}

export function readTalks(tree: Root, pattern?: TalkPattern, name?: string): ReadPost {
  const blocks = outline(tree);
  const titleBlock = documentTitle(blocks);
  const title = titleBlock === null ? undefined : blocks[titleBlock].text;
  const markers = collectMarkers(blocks, titleBlock, name);
  const sentences = findSentenceTalks(blocks);
  const patterns = scorePatterns(markers, sentences.length, blocks.length);
  const best = patterns[0];
  const chosen =
    pattern === 'none'
      ? null
      : (pattern ?? (best && best.score >= MIN_SCORE ? best.pattern : null));
  const rest = blocks.filter((_, i) => i !== titleBlock);
  if (!chosen) return { title, general: toNodes(rest), talks: [], patterns, chosen };
  if (chosen === 'sentences') {
    return { title, general: toNodes(rest), talks: sentences.map(sentenceTalk), patterns, chosen };
  }
  const starts = new Map<number, Marker>();
  for (const marker of talkMarkers(markers.get(chosen) ?? [])) starts.set(marker.block, marker);
  if (!pattern)
    for (const marker of talksAbove(blocks, markers, chosen, starts))
      starts.set(marker.block, marker);
  const { general, talks } = partition(blocks, titleBlock, chosen, starts);
  return { title, general, talks, patterns, chosen };
}

/**
 * Headings above the talks' level that are talks themselves: "## One more
 * talk: Title by Jane Doe" after the "### Title by Speaker" talks. Such a
 * heading names a person, and no talk of the chosen level sits under it.
 */
function talksAbove(
  blocks: Block[],
  markers: Map<PatternId, Marker[]>,
  chosen: PatternId,
  starts: Map<number, Marker>,
): Marker[] {
  if (!chosen.startsWith('heading-')) return [];
  const level = Number(chosen.slice(8));
  const found: Marker[] = [];
  for (let depth = 1; depth < level; depth++) {
    for (const marker of markers.get(`heading-${depth}` as PatternId) ?? []) {
      if (marker.section || marker.line.speakers.length === 0 || !marker.line.title) continue;
      let i = marker.block + 1;
      while (i < blocks.length && !(blocks[i].type === 'heading' && blocks[i].depth <= depth)) {
        if (starts.has(i)) break;
        i++;
      }
      const holdsTalks = i < blocks.length && starts.has(i);
      if (!holdsTalks) found.push(marker);
    }
  }
  return found;
}

function partition(
  blocks: Block[],
  titleBlock: number | null,
  pattern: PatternId,
  starts: Map<number, Marker>,
): { general: RootContent[]; talks: ReadTalk[] } {
  const level = pattern.startsWith('heading-') ? Number(pattern.slice(8)) : 7;
  const general: Block[] = [];
  const talks: Array<{ marker: Marker; blocks: Block[]; consumed: boolean }> = [];
  let current: (typeof talks)[number] | null = null;
  blocks.forEach((block, index) => {
    if (index === titleBlock) return;
    const marker = starts.get(index);
    if (marker) {
      const consumed = block.type === 'heading' || pattern === 'bold-lines';
      current = { marker, blocks: consumed ? [] : [block], consumed };
      talks.push(current);
      if (pattern === 'list-items') current = null;
      return;
    }
    if (block.type === 'heading' && block.depth <= level) current = null;
    if (!current) general.push(block);
    else if (block.type === 'heading') {
      // The talk's title is its note's title; its sections start at level 2.
      const depth = Math.min(6, Math.max(2, block.depth - level + 1)) as Heading['depth'];
      current.blocks.push({ ...block, node: { ...(block.node as Heading), depth } });
    } else current.blocks.push(block);
  });
  return {
    general: toNodes(general),
    talks: talks.map(({ marker, blocks: own, consumed }) => {
      const line = marker.line;
      const speakers =
        line.speakers.length > 0 ? line.speakers : speakersInBody(consumed ? own : own.slice(1));
      return {
        title: line.title || blocks[marker.block].text || 'Untitled talk',
        speakers,
        kind: line.kind,
        marker: blocks[marker.block].firstLine,
        nodes: toNodes(own),
      };
    }),
  };
}

function sentenceTalk(found: SentenceTalk): ReadTalk {
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: found.sentence }],
  };
  return {
    title: found.title,
    speakers: found.speakers,
    kind: 'talk',
    marker: found.sentence,
    nodes: [paragraph],
  };
}

/** A first heading with no other heading at its level or above names the post. */
function documentTitle(blocks: Block[]): number | null {
  const first = blocks.findIndex((b) => b.text.length > 0);
  const block = blocks[first];
  if (!block || block.type !== 'heading') return null;
  const others = blocks.some((b, i) => i > first && b.type === 'heading' && b.depth <= block.depth);
  return others ? null : first;
}
