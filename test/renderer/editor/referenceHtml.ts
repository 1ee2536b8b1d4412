import { HtmlRenderer, Parser } from 'commonmark';
import MarkdownIt from 'markdown-it';

/**
 * Reference renderers, independent of remark: a note "keeps its meaning"
 * when one of them renders the same HTML before and after the round trip.
 */
const commonmarkParser = new Parser();
const commonmarkRenderer = new HtmlRenderer();
const markdownIt = new MarkdownIt({ html: true, linkify: true });

/** The CommonMark reference implementation (commonmark.js). */
export function commonmarkHtml(markdown: string): string {
  return commonmarkRenderer.render(commonmarkParser.parse(markdown));
}

/** markdown-it with GFM tables, strikethrough and bare-URL links. */
export function gfmHtml(markdown: string): string {
  return markdownIt.render(markdown);
}
