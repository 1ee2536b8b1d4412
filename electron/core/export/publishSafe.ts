import type { Parent, Root, RootContent } from 'mdast';
import type { ExportFlavor, ExportWarning } from '../../../shared/ipc/export';
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
 * - for Jekyll, whose kramdown reads `{: onclick="…"}` after a paragraph as
 *   attributes of that paragraph (and `{::nomarkdown}` as raw output), a
 *   `{:` in text is written `{\:`, which reads as the same words.
 * With `keepHtml`, raw HTML stays as written (for people who publish their
 * own); script links and attribute lists go either way. The app's own view
 * is not affected.
 */
export interface PublishSafety {
  edits: Edit[];
  /** Raw HTML written as text, links that lost their target, kramdown `{:` escaped: for warnings. */
  html: number;
  links: number;
  kramdown: number;
}

export function defuseForPublishing(
  tree: Root,
  keepHtml: boolean,
  flavor: ExportFlavor,
): PublishSafety {
  const safety: PublishSafety = { edits: [], html: 0, links: 0, kramdown: 0 };
  walk(tree, true, { keepHtml, kramdown: flavor === 'jekyll' }, safety);
  return safety;
}

interface Rules {
  keepHtml: boolean;
  /** Jekyll's kramdown: `{:` starts an attribute list or an extension. */
  kramdown: boolean;
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
  if (safety.kramdown > 0) {
    warnings.push({
      code: 'raw-html',
      message: `${path}: ${safety.kramdown} kramdown attribute list(s) or extension(s) ({:…}) were written as text, so Jekyll adds nothing to the page.`,
      notePath: path,
    });
  }
  return warnings;
}

function walk(parent: Parent, topLevel: boolean, rules: Rules, safety: PublishSafety): void {
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    const replacement = replacementFor(node, parent, rules, safety);
    if (replacement) {
      children.splice(index, 1, ...replacement);
      safety.edits.push({ node, replacement, topLevel });
      index += replacement.length - 1;
      continue;
    }
    if ('children' in node) walk(node, false, rules, safety);
  }
}

/** What a node becomes on a published page, or undefined when it may stay as it is. */
function replacementFor(
  node: RootContent,
  parent: Parent,
  rules: Rules,
  safety: PublishSafety,
): RootContent[] | undefined {
  const { keepHtml } = rules;
  if (node.type === 'text' && rules.kramdown && node.value.includes('{:')) {
    // `\:` is an escape in CommonMark and in kramdown alike: the same words, no attribute list.
    const parts = node.value.split('{:');
    safety.kramdown += parts.length - 1;
    return parts.flatMap((part, index): RootContent[] => [
      ...(index > 0 ? [{ type: 'html', value: '\\:' } as const] : []),
      ...(part || index < parts.length - 1
        ? [{ type: 'text', value: index < parts.length - 1 ? `${part}{` : part } as const]
        : []),
    ]);
  }
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
    const inside: PublishSafety = { edits: [], html: 0, links: 0, kramdown: 0 };
    walk(node, false, rules, inside);
    safety.html += inside.html;
    safety.links += inside.links;
    safety.kramdown += inside.kramdown;
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
function isPublishableUrl(url: string, image: boolean): boolean {
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
