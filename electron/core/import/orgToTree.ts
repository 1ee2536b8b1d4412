import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'oast-to-hast';
import { parse } from 'orga';
import { hastToTree } from './htmlToTree';

/**
 * Org files through orga (the orgajs parser) and its HTML tree: headings,
 * lists, links, emphasis and blocks as Org defines them; then the HTML path.
 * `#+TITLE:` and `#+DATE:` are what the file says about itself.
 */
export interface OrgDocument {
  title?: string;
  /** `YYYY-MM-DD` from `#+DATE:`. */
  date?: string;
  tree: Root;
}

export function orgToTree(text: string): OrgDocument {
  const document = parse(text);
  const properties = (document.properties ?? {}) as Record<string, unknown>;
  const title = typeof properties.title === 'string' ? properties.title.trim() : undefined;
  const date = /(\d{4}-\d{2}-\d{2})/.exec(
    typeof properties.date === 'string' ? properties.date : '',
  )?.[1];
  const hast = toHast(document) as HastRoot;
  return { ...(title ? { title } : {}), ...(date ? { date } : {}), tree: hastToTree(hast) };
}
