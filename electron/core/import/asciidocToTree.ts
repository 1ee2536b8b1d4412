import { load } from '@asciidoctor/core';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { hastToTree } from './htmlToTree';

/**
 * AsciiDoc through Asciidoctor.js, the reference implementation: its HTML
 * then takes the HTML path (sanitised, then Markdown), so every AsciiDoc
 * construct Asciidoctor knows reads as its author meant it. Secure mode: no
 * includes, no files read, no attributes from the environment.
 */
export interface AsciidocDocument {
  /** The `= Document title`, when the document has a header. */
  title?: string;
  /** `:revdate:` as `YYYY-MM-DD`. */
  date?: string;
  tree: Root;
}

export async function asciidocToTree(text: string): Promise<AsciidocDocument> {
  const document = await load(text, { safe: 'secure', standalone: false });
  const html = await document.convert({ standalone: false });
  const header = document.hasHeader() ? document.getDocumentTitle({ sanitize: true }) : null;
  const revdate = /^(\d{4}-\d{2}-\d{2})/.exec(document.getRevisionDate() ?? '')?.[1];
  const hast = unified().use(rehypeParse, { fragment: true }).parse(html);
  return {
    ...(typeof header === 'string' && header.trim() ? { title: header.trim() } : {}),
    ...(revdate ? { date: revdate } : {}),
    tree: hastToTree(hast),
  };
}
