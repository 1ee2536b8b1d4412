import type { Element, ElementContent, Root as HastRoot } from 'hast';

/**
 * What a reader reads of a saved blog page: its post, not the site around
 * it. Navigation, sidebars ("Recent posts"), tag clouds, share buttons,
 * comments and footers are the site's furniture, named as such by their
 * elements (`nav`, `aside`, `footer`) or by the names sites give them
 * (`id="sidebar"`, `class="post-tags"`); their links would otherwise read as
 * a list of talks. The post is the page's largest `article` once they are
 * gone, else its `main`, else its `body`.
 */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer']);
/** A part of an id or class name that names furniture ("navbar-header", "recent-posts", "prev-next"). */
const CHROME_PART =
  /^(?:sidebar|navbar|nav|navigation|menu|footer|comments?|disqus|share|sharing|social|recent|related|widgets?|tags|tagcloud|breadcrumbs?|pagination|pager|prev|next)$/i;

export function pageContent(page: HastRoot): Element | undefined {
  const total = textLength(page);
  dropChrome(page, total);
  const articles = elements(page, 'article');
  const largest = articles.sort((a, b) => textLength(b) - textLength(a))[0];
  return largest ?? elements(page, 'main')[0] ?? elements(page, 'body')[0];
}

/** Removes furniture, but never an element holding most of the page's text (a badly named wrapper). */
function dropChrome(node: HastRoot | Element, total: number): void {
  node.children = node.children.filter(
    (child) => child.type !== 'element' || !isChrome(child) || textLength(child) > total / 2,
  );
  for (const child of node.children) if (child.type === 'element') dropChrome(child, total);
}

function isChrome(element: Element): boolean {
  if (CHROME_TAGS.has(element.tagName)) return true;
  const { id, className } = element.properties;
  const names = [id, className]
    .flat()
    .filter((n) => n !== undefined && n !== null)
    .map(String);
  return names.some((name) => name.split(/[-_\s]+/).some((part) => CHROME_PART.test(part)));
}

function elements(root: HastRoot | Element, tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tagName) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

function textLength(node: HastRoot | ElementContent): number {
  if (node.type === 'text') return node.value.trim().length;
  if (node.type !== 'element' && node.type !== 'root') return 0;
  return node.children.reduce((sum, child) => sum + textLength(child as ElementContent), 0);
}
