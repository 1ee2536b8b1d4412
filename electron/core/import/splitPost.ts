import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseTalkHeading, type HeadingStyle, type TalkHeading } from './talkHeading';

/**
 * Splits one post (a Markdown tree) into the talks it describes. The level
 * at which talks live is the shallowest heading level that carries a talk
 * heading; headings below it stay inside their talk, other headings at or
 * above it (an introduction, "Day 2", a conclusion) go to the general notes.
 */
export interface SplitTalk {
  heading: TalkHeading;
  /** The heading as written, for reports and for the talk's source key. */
  headingText: string;
  nodes: RootContent[];
}

export interface SplitPost {
  /** The post's own title, when it starts with the only top-level heading. */
  title?: string;
  general: RootContent[];
  talks: SplitTalk[];
}

export function splitPost(tree: Root): SplitPost {
  let nodes = tree.children.filter((node) => node.type !== 'yaml');
  let title: string | undefined;
  const first = nodes[0];
  if (first?.type === 'heading' && isOnlyTopHeading(first, nodes)) {
    title = toString(first).trim();
    nodes = nodes.slice(1);
  }
  const level = talkLevel(nodes);
  if (!level) return { title, general: nodes, talks: [] };

  const general: RootContent[] = [];
  const talks: SplitTalk[] = [];
  let current: SplitTalk | null = null;
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= level.depth) {
      const text = toString(node).trim();
      // At the talks' level, a "Speaker: Title" heading among "Title — Speaker" ones is a talk too.
      const heading =
        node.depth === level.depth
          ? (parseTalkHeading(text, level.style) ?? parseTalkHeading(text, 'colon'))
          : null;
      current = heading ? { heading, headingText: text, nodes: [] } : null;
      if (current) {
        talks.push(current);
        continue;
      }
    }
    if (!current) general.push(node);
    else if (node.type === 'heading') {
      // The talk's title is the note's title; its sections start at level 2.
      current.nodes.push({ ...node, depth: (node.depth - level.depth + 1) as Heading['depth'] });
    } else current.nodes.push(node);
  }
  return { title, general, talks };
}

function isOnlyTopHeading(first: Heading, nodes: RootContent[]): boolean {
  return !nodes.some((n, i) => i > 0 && n.type === 'heading' && n.depth <= first.depth);
}

/**
 * Dash-style headings are trusted at once; colon-style ones ("Jane Doe:
 * Title") only when at least two headings at one level agree, since one such
 * heading is as likely a section like "Step One: Setup".
 */
function talkLevel(nodes: RootContent[]): { depth: number; style: HeadingStyle } | null {
  const headings = nodes.filter((n): n is Heading => n.type === 'heading');
  for (const style of ['dash', 'colon'] as const) {
    const counts = new Map<number, number>();
    for (const heading of headings) {
      if (parseTalkHeading(toString(heading), style)) {
        counts.set(heading.depth, (counts.get(heading.depth) ?? 0) + 1);
      }
    }
    const depths = [...counts.entries()]
      .filter(([, count]) => style === 'dash' || count >= 2)
      .map(([depth]) => depth);
    if (depths.length > 0) return { depth: Math.min(...depths), style };
  }
  return null;
}
