import type { Element, Nodes as HastNodes } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { unified } from 'unified';

/**
 * Whether raw HTML from a note may be published as written. The rule is
 * GitHub's: what rehype-sanitize with GitHub's schema keeps (no script, no
 * event handlers, no frames or forms, links and images to web addresses or
 * relative ones). Comments are kept too: they are inert, and `<!--more-->`
 * is how Hugo and Jekyll posts mark their summary.
 *
 * HTML is judged as written, never rewritten: a fragment is safe only when
 * sanitising it changes nothing. Two refinements keep that honest:
 * - elements that run, load, submit or restyle, or that a fragment parser
 *   drops while a page would not (a `<body onload=…>` met in a post adds its
 *   handler to the page's body), are refused by name wherever a tag starts;
 * - a tag no HTML defines (`docker diff <container>` in a write-up) is an
 *   inert element: allowed, but bare, without attributes beyond GitHub's
 *   harmless global ones.
 * Anything else is published as text (publishSafe.ts).
 */
const SCHEMA: SanitizeSchema = { ...defaultSchema, allowComments: true };
const ALLOWED_TAGS = new Set((SCHEMA.tagNames ?? []).map((name) => name.toLowerCase()));
/** Known elements never published as written (checked on the text, before any parser). */
const REFUSED_TAGS = new Set(
  [
    // Whole documents and frames: a fragment parser drops these tags, a page merges their attributes.
    'html head body frameset frame template',
    // Script, styles, plug-ins, and what loads or submits.
    'script style link meta base iframe object embed applet portal form button select option',
    'textarea fieldset isindex keygen video audio track canvas area map image svg math',
    // Raw text: everything after them would read differently.
    'title xmp plaintext noscript noembed noframes listing',
  ].flatMap((line) => line.split(' ')),
);

const parser = unified().use(rehypeParse, { fragment: true });
const sanitizers = new Map<string, ReturnType<typeof sanitizerFor>>();

/** Every tag name in the text, as a browser's tokenizer would start one (`<name` or `</name`). */
const TAG = /<\/?([a-z][^\s/>\0]*)/gi;

export function isPublishableHtml(html: string): boolean {
  const unknown = new Set<string>();
  for (const match of html.matchAll(TAG)) {
    const name = match[1].toLowerCase();
    if (REFUSED_TAGS.has(name)) return false;
    if (!ALLOWED_TAGS.has(name)) unknown.add(name);
  }
  const key = [...unknown].sort().join(' ');
  let sanitizer = sanitizers.get(key);
  if (!sanitizer) {
    sanitizer = sanitizerFor([...unknown]);
    if (sanitizers.size < 256) sanitizers.set(key, sanitizer);
  }
  const parsed = parser.parse(html);
  const sanitized = sanitizer.runSync(structuredClone(parsed));
  return sameShape(parsed, sanitized);
}

/** GitHub's sanitiser, allowing also the given undefined tag names, bare. */
function sanitizerFor(unknownTags: string[]) {
  const schema = unknownTags.length
    ? { ...SCHEMA, tagNames: [...(SCHEMA.tagNames ?? []), ...unknownTags] }
    : SCHEMA;
  return unified().use(rehypeSanitize, schema);
}

/** Trees equal in what a page shows and runs: types, tag names, attributes, text; not positions. */
function sameShape(a: HastNodes, b: HastNodes): boolean {
  if (a.type !== b.type) return false;
  if ('value' in a && (a as { value: string }).value !== (b as { value?: string }).value)
    return false;
  if (a.type === 'element') {
    const other = b as Element;
    if (a.tagName !== other.tagName) return false;
    if (sortedJson(a.properties) !== sortedJson(other.properties)) return false;
  }
  const left = 'children' in a ? a.children : [];
  const right = 'children' in b ? b.children : [];
  if (left.length !== right.length) return false;
  return left.every((child, index) => sameShape(child, right[index]));
}

function sortedJson(properties: Element['properties']): string {
  return JSON.stringify(
    Object.entries(properties).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
  );
}
