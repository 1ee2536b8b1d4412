import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { checkLink, linkTarget } from '../../../shared/links';
import type { SkippedItem } from './types';

/**
 * Link targets an imported note may not bring into the library. A Markdown
 * file keeps its own bytes on import, so without this a `[slides](javascript:…)`
 * or an `smb://` share written by someone else would land in the library as
 * written. Clicking is safe anyway (the checked opener in shared/links.ts),
 * but the note is then exported and published by the user, so the import
 * applies the same check: a link the opener would refuse keeps its words and
 * loses its target, the block it sits in is written again by the engine, and
 * the report says so. Relative links (another note, an anchor) and local
 * `file:` links (only ever revealed in their folder) stay.
 */

/** Why the import drops `url`, or null when the link may stay. */
export function refusedTarget(url: string): string | null {
  const target = linkTarget(url);
  if (target === 'relative') return null;
  if (target === 'other-machine') return 'Links to other machines are not kept.';
  const decision = checkLink(url);
  return decision.action === 'refuse' ? decision.reason : null;
}

/**
 * Drops the refused targets in `tree` (links and autolinks keep their words,
 * images their alt text, reference definitions go) and names each in
 * `skipped`. Top-level blocks that changed lose their `position`, so the
 * plan writes them with the engine instead of copying the source's bytes.
 */
export function defuseLinks(tree: Root, label: string, skipped: SkippedItem[]): void {
  const report = (url: string, reason: string) =>
    skipped.push({
      source: label,
      reason: `link target ${JSON.stringify(url.slice(0, 120))} not kept (its words are): ${reason}`,
    });
  const children: RootContent[] = [];
  for (const block of tree.children) {
    if (block.type === 'definition') {
      const reason = refusedTarget(block.url);
      if (reason === null) children.push(block);
      else report(block.url, reason);
      continue;
    }
    if (defuseInside(block, report)) delete block.position;
    children.push(block);
  }
  tree.children = children;
}

/** Defuses under `parent`, deepest first; whether anything changed. */
function defuseInside(parent: Nodes, report: (url: string, reason: string) => void): boolean {
  if (!('children' in parent)) return false;
  let changed = false;
  const kept: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    if (defuseInside(child, report)) changed = true;
    const url = 'url' in child ? child.url : undefined;
    const reason = url === undefined ? null : refusedTarget(url);
    if (url === undefined || reason === null) {
      kept.push(child);
      continue;
    }
    changed = true;
    report(url, reason);
    if (child.type === 'link') kept.push(...child.children);
    else if (child.type === 'image' && child.alt) kept.push({ type: 'text', value: child.alt });
  }
  if (changed) (parent as Parent & { children: RootContent[] }).children = kept;
  return changed;
}
