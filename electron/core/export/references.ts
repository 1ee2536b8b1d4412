import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Keeps reference labels apart when several notes become one post. Two talks
 * that both define `[1]: …` would otherwise share the first talk's URL (the
 * first definition wins in CommonMark), and footnotes `[^1]` likewise. A label
 * is renamed only when an earlier note already used it, so most stay as typed.
 */
export class ReferenceNamespace {
  private readonly links = new Set<string>();
  private readonly footnotes = new Set<string>();

  /** Renames this note's clashing labels (`1` → `talk-3-1`) and records the rest. */
  claim(tree: Root, prefix: string): void {
    const linkRenames = this.renames(tree, 'definition', this.links, prefix);
    const noteRenames = this.renames(tree, 'footnoteDefinition', this.footnotes, prefix);
    if (linkRenames.size === 0 && noteRenames.size === 0) return;
    visit(tree, (node) => {
      if (
        node.type === 'definition' ||
        node.type === 'linkReference' ||
        node.type === 'imageReference'
      ) {
        const label = linkRenames.get(node.identifier);
        if (label) Object.assign(node, { identifier: label.toLowerCase(), label });
        // A shortcut reference `[text]` would show the new label; spell it out in full.
        if (label && node.type !== 'definition' && node.referenceType !== 'full') {
          node.referenceType = 'full';
        }
      }
      if (node.type === 'footnoteDefinition' || node.type === 'footnoteReference') {
        const label = noteRenames.get(node.identifier);
        if (label) Object.assign(node, { identifier: label.toLowerCase(), label });
      }
    });
  }

  private renames(
    tree: Root,
    type: 'definition' | 'footnoteDefinition',
    taken: Set<string>,
    prefix: string,
  ): Map<string, string> {
    const own = new Set<string>();
    visit(tree, type, (node: { identifier: string }) => {
      own.add(node.identifier);
    });
    const renames = new Map<string, string>();
    for (const identifier of own) {
      if (!taken.has(identifier)) continue;
      let label = `${prefix}-${identifier}`;
      for (let n = 2; taken.has(label.toLowerCase()) || own.has(label.toLowerCase()); n++) {
        label = `${prefix}-${n}-${identifier}`;
      }
      renames.set(identifier, label);
    }
    for (const identifier of own) taken.add(renames.get(identifier)?.toLowerCase() ?? identifier);
    return renames;
  }
}
