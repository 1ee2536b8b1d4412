import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt, { type Token } from 'markdown-it';

/**
 * What a reader sees when a Markdown file is rendered by an independent
 * CommonMark/GFM renderer (markdown-it, with its GFM tables and
 * strikethrough): block structure, text, emphasis, link targets, and images
 * identified by the bytes of the file they show, so that a copied and renamed
 * image counts as the same picture and a missing one stands out.
 */
export interface StructureOptions {
  /** Folder that relative image and link targets are resolved against. */
  baseDir: string;
  /** Folder that root-relative targets (`/images/x.png`) are resolved against; without it they count as missing. */
  siteRoot?: string;
  /** Heading level as it should appear (the export shifts headings). */
  level?: (level: number) => number;
}

const renderer = new MarkdownIt('default', { html: true, linkify: false });

export function parseTokens(markdown: string): Token[] {
  return renderer.parse(markdown, {});
}

export function structureOf(tokens: Token[], options: StructureOptions): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') out.push(`text:${inlineText(token.children ?? [], options)}`);
    else if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      out.push(`h${options.level ? options.level(level) : level}`);
    } else if (token.type === 'paragraph_open' && !token.hidden) out.push('p');
    else if (token.nesting === 1 && token.type !== 'paragraph_open')
      out.push(`<${token.tag}${token.info}>`);
    else if (
      token.nesting === -1 &&
      token.type !== 'paragraph_close' &&
      token.type !== 'heading_close'
    ) {
      out.push(`</${token.tag}>`);
    } else if (token.type === 'fence' || token.type === 'code_block')
      out.push(`code:${token.info}:${token.content}`);
    else if (token.type === 'hr') out.push('hr');
    else if (token.type === 'html_block') out.push(`html:${token.content}`);
  }
  return out;
}

function inlineText(children: Token[], options: StructureOptions): string {
  return children
    .map((child) => {
      switch (child.type) {
        case 'text':
          return child.content;
        case 'code_inline':
          return `\`${child.content}\``;
        case 'softbreak':
          return ' ';
        case 'hardbreak':
          return '\n';
        case 'image':
          return `[img ${child.content} ${target(String(child.attrGet('src') ?? ''), options)}]`;
        case 'link_open':
          return `[a ${target(String(child.attrGet('href') ?? ''), options)} `;
        case 'link_close':
          return ']';
        default:
          return child.nesting === 0
            ? child.content
            : `<${child.nesting === 1 ? '' : '/'}${child.tag}>`;
      }
    })
    .join('');
}

/** Web links as they are; local files by a hash of their bytes, or `missing:` and the link. */
function target(url: string, options: StructureOptions): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) return url;
  const path = decodeURIComponent(url);
  const base = path.startsWith('/') ? options.siteRoot : options.baseDir;
  try {
    if (base === undefined) throw new Error('no site root');
    const bytes = readFileSync(join(base, ...path.split('/')));
    return `file:${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
  } catch {
    return `missing:${path}`;
  }
}

/** The tokens of the `##` section whose heading reads `title`, up to the next `##`. */
export function sectionTokens(tokens: Token[], title: string): Token[] {
  const start = tokens.findIndex(
    (token, i) =>
      token.type === 'heading_open' &&
      token.tag === 'h2' &&
      (tokens[i + 1]?.children ?? []).map((child) => child.content).join('') === title,
  );
  if (start < 0) throw new Error(`no section "${title}"`);
  const end = tokens.findIndex(
    (token, i) => i > start && token.type === 'heading_open' && token.tag === 'h2',
  );
  return tokens.slice(start + 3, end < 0 ? tokens.length : end);
}
