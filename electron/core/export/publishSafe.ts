import type { Parent, Root, RootContent } from 'mdast';
import type { ExportWarning } from '../../../shared/ipc/export';
import { isPublishableHtml } from './rawHtml';
import type { Edit } from './spliceEdits';

/**
 * An export is the door from a private folder to a public site, and notes
 * are often other people's text (imports, synced files). So by default the
 * exported Markdown carries nothing live that the note's reader would not
 * see as words:
 * - raw HTML that GitHub's sanitiser would change (rawHtml.ts) is written as
 *   text: inline HTML as escaped words, an HTML block as an `html` code block;
 * - links and images to `javascript:`, `vbscript:`, `file:` or `data:` (but
 *   `data:` images) lose their target: a link keeps its words, an image its
 *   alt text, a reference definition points nowhere.
 * With `keepHtml`, raw HTML stays as written (for people who publish their
 * own); script links go either way. The app's own view is not affected.
 */
export interface PublishSafety {
  edits: Edit[];
  /** Raw HTML written as text, and links that lost their target, for the export's warnings. */
  html: number;
  links: number;
}

export function defuseForPublishing(tree: Root, keepHtml: boolean): PublishSafety {
  const safety: PublishSafety = { edits: [], html: 0, links: 0 };
  walk(tree, true, keepHtml, safety);
  return safety;
}

/** The warnings a note's defusing deserves, one per kind. */
export function publishWarnings(path: string, safety: PublishSafety): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  if (safety.html > 0) {
    warnings.push({
      code: 'raw-html',
      message: `${path}: ${safety.html} piece(s) of raw HTML that could run script or load something were written as text; export with "Keep HTML as written" (--keep-html) to publish them as they are.`,
      notePath: path,
    });
  }
  if (safety.links > 0) {
    warnings.push({
      code: 'unsafe-link',
      message: `${path}: ${safety.links} link(s) to javascript:, vbscript:, data: or file: lost their target (their words stay).`,
      notePath: path,
    });
  }
  return warnings;
}

function walk(parent: Parent, topLevel: boolean, keepHtml: boolean, safety: PublishSafety): void {
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    const replacement = replacementFor(node, parent, keepHtml, safety);
    if (replacement) {
      children.splice(index, 1, ...replacement);
      safety.edits.push({ node, replacement, topLevel });
      index += replacement.length - 1;
      continue;
    }
    if ('children' in node) walk(node, false, keepHtml, safety);
  }
}

/** What a node becomes on a published page, or undefined when it may stay as it is. */
function replacementFor(
  node: RootContent,
  parent: Parent,
  keepHtml: boolean,
  safety: PublishSafety,
): RootContent[] | undefined {
  if (node.type === 'html') {
    // A block kept verbatim (over the parser's budgets) was never parsed: it is judged as HTML too.
    if (keepHtml && !node.data?.verbatim) return undefined;
    if (!node.data?.verbatim && isPublishableHtml(node.value)) return undefined;
    if (node.data?.verbatim && !mayHoldMarkup(node.value)) return undefined;
    safety.html++;
    return isPhrasing(parent)
      ? [{ type: 'text', value: node.value }]
      : [{ type: 'code', lang: node.data?.verbatim ? null : 'html', value: node.value }];
  }
  if (node.type === 'link' && !isPublishableUrl(node.url, false)) {
    safety.links++;
    // The words are written anew with the link, so what is defused inside them needs no edit of its own.
    const inside: PublishSafety = { edits: [], html: 0, links: 0 };
    walk(node, false, keepHtml, inside);
    safety.html += inside.html;
    safety.links += inside.links;
    return node.children;
  }
  if (node.type === 'image' && !isPublishableUrl(node.url, true)) {
    safety.links++;
    return node.alt ? [{ type: 'text', value: node.alt }] : [];
  }
  if (node.type === 'definition' && !isPublishableUrl(node.url, true)) {
    safety.links++;
    return [{ ...node, url: '' }];
  }
  return undefined;
}

/** Parents whose children are inline: a replacement there must be inline too. */
function isPhrasing(parent: Parent): boolean {
  return !['root', 'blockquote', 'listItem', 'footnoteDefinition'].includes(parent.type);
}

/**
 * Whether a URL may be a live link on a published page. Browsers skip
 * control characters and spaces in a scheme (`java\tscript:`), so those are
 * skipped before the scheme is read. `data:` stays only for raster images.
 */
export function isPublishableUrl(url: string, image: boolean): boolean {
  // eslint-disable-next-line no-control-regex -- what browsers skip is the point
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'file') return false;
  if (scheme === 'data') return image && /^data:image\/(png|jpe?g|gif|webp|avif)[;,]/.test(cleaned);
  return true;
}

/** Text a site's Markdown renderer could read as a tag, an entity or a script link. */
function mayHoldMarkup(text: string): boolean {
  return /[<&]|(?:javascript|vbscript|data|file)\s*:/i.test(text);
}
