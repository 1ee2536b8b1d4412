import { $isAutoLinkNode, type LinkNode } from '@lexical/link';
import { $getState } from 'lexical';
import type { Link, PhrasingContent } from 'mdast';
import { parseMarkdown } from '../../../shared/markdown';
import { linkFormState, type LinkSourceForm } from '../nodes/markdownState';
import { planned } from './settleLinks';

/**
 * Links keep the form the user wrote. The engine writes every link as
 * `[text](url)`; a bare `https://…`, `www.…` or email (GFM literal), an
 * `<url>` autolink, or a URL typed in the editor (an AutoLinkNode) would
 * otherwise become `[https://…](https://…)` on the first save.
 *
 * Such a link is written as an inline `html` node holding its exact bytes
 * (the stringifier writes `html` verbatim, where a text node would get
 * `https\://` escapes). The bytes are the source's own (or the user's), and
 * settleLinks.ts checks that they re-read to the same link in their new
 * neighbourhood before they are kept.
 */

/** The form a parsed link has in `source`, from the character it starts at. */
export function sourceLinkForm(link: Link, source: string): LinkSourceForm {
  const start = link.position?.start.offset;
  const end = link.position?.end.offset;
  const [only] = link.children;
  if (start === undefined || end === undefined || link.children.length !== 1) return '';
  if (only.type !== 'text' || source[start] === '[') return '';
  const written = source.slice(start, end);
  if (source[start] === '<') return written === `<${only.value}>` ? 'angle' : '';
  return written === only.value ? 'literal' : '';
}

/**
 * How to write a Lexical link whose mdast (`[text](url)`) is `link`: the
 * source's own bytes while its text still equals what its form requires
 * (the user edited neither text nor URL), the typed text for an
 * AutoLinkNode, otherwise `link`. Blocks holding the result must go
 * through `settleLinks`. Must run inside `editor.read` or `editor.update`.
 */
export function $writeLink(node: LinkNode, link: Link): PhrasingContent {
  const [only] = link.children;
  if (link.children.length !== 1 || only.type !== 'text' || link.title) return link;
  if ($isAutoLinkNode(node)) return typedLink(only.value, link);
  const bytes = formBytes($getState(node, linkFormState), only.value, link.url);
  return bytes === null ? link : planned(bytes, { meaning: link, fallback: link });
}

function formBytes(form: LinkSourceForm, text: string, url: string): string | null {
  const autolinked =
    url === text || url === `mailto:${text}` || (form === 'literal' && url === `http://${text}`);
  if (!autolinked) return null;
  if (form === 'literal') return text;
  if (form === 'angle') return `<${text}>`;
  return null;
}

/**
 * A URL typed in the editor is written as typed. GFM reads it back as a
 * link when it is a literal GFM recognises (with GFM's URL: `www.a.org`
 * means `http://www.a.org`); when GFM sees no link in it at all (say an
 * `example.com` from a looser matcher) it is plain text on disk, and the
 * editor's AutoLinkPlugin links it again on open. When GFM would read the
 * bytes as something else (`https://a.org/b_`, where it leaves the `_`
 * out of the link) the link is written as `[text](url)`.
 */
function typedLink(text: string, link: Link): PhrasingContent {
  const meaning = literalOnItsOwn(text) ?? { type: 'text', value: text };
  return planned(text, { meaning, fallback: link });
}

/** The link GFM reads in `text` alone, when it reads all of it as one link. */
function literalOnItsOwn(text: string): Link | null {
  const [block] = parseMarkdown(text).children;
  if (block?.type !== 'paragraph' || block.children.length !== 1) return null;
  const [link] = block.children;
  if (link.type !== 'link' || link.children.length !== 1) return null;
  const [only] = link.children;
  if (only.type !== 'text' || only.value !== text) return null;
  return { type: 'link', url: link.url, title: null, children: [{ type: 'text', value: text }] };
}
