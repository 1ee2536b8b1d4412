import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { pageContent } from './pageChrome';

/**
 * HTML (a saved blog page, a feed entry's content) to a Markdown tree:
 * rehype-parse, our preparation, rehype-sanitize, rehype-remark. The result
 * is written out by the one Markdown engine like everything else.
 *
 * Sanitising follows GitHub's schema (no scripts, styles, event handlers,
 * iframes; only http(s)/mailto links, only http(s) or relative images, so
 * `javascript:` and `data:` URLs are gone) plus figures, so captions survive.
 */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  strip: ['script', 'style', 'iframe', 'noscript', 'template', 'object', 'embed', 'svg', 'math'],
};

const toMarkdown = unified().use(rehypeSanitize, SCHEMA).use(rehypeRemark).freeze();

export interface HtmlDocument {
  /** The page's `<title>` (or its `og:title`), when it is a whole page. */
  title?: string;
  /** `YYYY-MM-DD`: the page's publication date from its metadata. */
  date?: string;
  tree: Root;
}

export function htmlToTree(html: string, options: { fragment: boolean }): HtmlDocument {
  const page = unified().use(rehypeParse, { fragment: options.fragment }).parse(html);
  const title = findElement(page, 'title');
  const date = publishedDate(page);
  const content = options.fragment ? undefined : pageContent(page);
  const root: HastRoot = content ? { type: 'root', children: content.children } : page;
  return {
    title: (title ? textOf(title).trim() : '') || metaContent(page, 'og:title') || undefined,
    ...(date ? { date } : {}),
    tree: hastToTree(root),
  };
}

/** A HTML tree (from a page, AsciiDoc or org) to Markdown: prepared, sanitised, converted. */
export function hastToTree(root: HastRoot): Root {
  prepare(root);
  const tree = toMarkdown.runSync(root);
  dropEmptyTargets(tree);
  return tree;
}

/** `<meta itemprop="datePublished">`, `article:published_time`, `<meta name="date">`, `<time datetime>`. */
function publishedDate(page: HastRoot): string | undefined {
  const value =
    metaContent(page, 'datePublished') ??
    metaContent(page, 'article:published_time') ??
    metaContent(page, 'date') ??
    metaContent(page, 'dc.date');
  let time: string | undefined;
  if (!value) {
    const element = findElement(page, 'time');
    const datetime = element?.properties.dateTime;
    time = typeof datetime === 'string' ? datetime : undefined;
  }
  return /^(\d{4}-\d{2}-\d{2})/.exec(value ?? time ?? '')?.[1];
}

function metaContent(page: HastRoot, key: string): string | undefined {
  let found: string | undefined;
  visit(page, 'element', (node: Element) => {
    if (found !== undefined || node.tagName !== 'meta') return undefined;
    const { name, property, itemProp, content } = node.properties;
    const names = [name, property, itemProp].flat().map(String);
    if (names.some((n) => n.toLowerCase() === key.toLowerCase()) && typeof content === 'string') {
      found = content.trim() || undefined;
    }
    return undefined;
  });
  return found;
}

/** Moves what the sanitiser would throw away but the reader needs onto elements it keeps. */
function prepare(node: HastRoot | Element, inheritedLanguage?: string): void {
  const language = (node.type === 'element' ? languageOf(node) : undefined) ?? inheritedLanguage;
  if (node.type === 'element' && node.tagName === 'pre' && language) labelCode(node, language);
  if (node.type === 'element' && node.tagName === 'figure') captionImages(node);
  for (const child of node.children) if (child.type === 'element') prepare(child, language);
}

/**
 * Highlighters put the language on a wrapper (`<div class="language-ruby
 * highlighter-rouge">`, `<code data-lang="go">`); the code block needs it on
 * `<code class="language-x">`. The coloured spans themselves collapse into
 * the code's text when it becomes a Markdown code block.
 */
function labelCode(pre: Element, inherited: string): void {
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const className = [`language-${languageOf(code) ?? inherited}`];
  if (code) code.properties = { ...code.properties, className };
  else {
    pre.children = [
      { type: 'element', tagName: 'code', properties: { className }, children: pre.children },
    ];
  }
}

function languageOf(node: Element | undefined): string | undefined {
  if (!node) return undefined;
  const dataLang = node.properties.dataLang;
  if (typeof dataLang === 'string' && /^[\w+#-]+$/.test(dataLang)) return dataLang;
  const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
  for (const name of classes.map(String)) {
    const match = /^(?:language|lang|highlight-source)-([\w+#-]+)$/.exec(name);
    if (match) return match[1];
  }
  return undefined;
}

/** An image without alt text takes its figure's caption, so the caption reaches the search index twice over. */
function captionImages(figure: Element): void {
  const caption = figure.children.find(
    (c): c is Element => c.type === 'element' && c.tagName === 'figcaption',
  );
  const captionText = caption ? textOf(caption).replace(/\s+/g, ' ').trim() : '';
  if (!captionText) return;
  visit(figure, 'element', (node: Element) => {
    if (node.tagName === 'img' && !node.properties.alt) node.properties.alt = captionText;
  });
}

/** Links and images whose unsafe address the sanitiser removed: the words stay, the empty target goes. */
function dropEmptyTargets(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'image' && !node.url) {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.type === 'link' && !node.url) {
      parent.children.splice(index, 1, ...node.children);
      return index;
    }
    return undefined;
  });
  visit(tree, 'paragraph', (node, index, parent) => {
    // White space left beside a removed element would be written as `&#x20;`.
    const last = node.children[node.children.length - 1];
    if (last?.type === 'text') last.value = last.value.trimEnd();
    const empty = node.children.every((c) => c.type === 'text' && c.value.trim() === '');
    if (!empty || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return index;
  });
}

function findElement(root: HastRoot | Element, tagName: string): Element | undefined {
  let found: Element | undefined;
  visit(root, 'element', (node: Element) => {
    if (found) return false;
    if (node.tagName === tagName) found = node;
    return undefined;
  });
  return found;
}

function textOf(node: HastContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}
