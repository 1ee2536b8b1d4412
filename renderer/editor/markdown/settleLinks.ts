import type { Html, Nodes, PhrasingContent, RootContent } from 'mdast';
import { parseMarkdown, stringifyMarkdown } from '../../../shared/markdown';

/**
 * Why writing a link's own bytes verbatim is safe: it is checked, not
 * assumed. A link written as an `html` node (see linkForms.ts) is kept only
 * when the text around it reads back to the same tree as with the link in
 * its intended meaning; neighbours that would stretch or break it
 * (`https://a.org` then typed `/b`, a letter typed right before it, a `|`
 * in a table cell) make it fall back to the engine's `[text](url)`.
 */

/** What a written-back link must still mean, and what to write when its bytes do not. */
export interface Plan {
  meaning: PhrasingContent;
  fallback: PhrasingContent;
}

const plans = new WeakMap<Html, Plan>();

/** An `html` node of `bytes`, to be checked by `settleLinks` against `plan`. */
export function planned(bytes: string, plan: Plan): Html {
  const html: Html = { type: 'html', value: bytes };
  plans.set(html, plan);
  return html;
}

interface Candidate extends Plan {
  siblings: Nodes[];
  index: number;
  verbatim: Html;
}

/**
 * Keeps each link written verbatim in `blocks` only where its paragraph,
 * heading or table reads back as it means; the others take their
 * fallback. The check re-reads only that container (a whole list or
 * quote can be long), once when all its links fit (the usual case), else
 * once per link, up to a bound. Changes `blocks` in place.
 */
export function settleLinks(blocks: RootContent[]): RootContent[] {
  const byContainer = new Map<RootContent, Candidate[]>();
  collect(blocks, undefined, byContainer);
  for (const [container, candidates] of byContainer) settle(container, candidates);
  return blocks;
}

function settle(container: RootContent, candidates: Candidate[]): void {
  const put = (c: Candidate, node: Nodes) => (c.siblings[c.index] = node);
  const fits = (kept: Candidate[]): boolean => {
    kept.forEach((c) => put(c, c.meaning));
    const wanted = structuredClone(container);
    kept.forEach((c) => put(c, c.verbatim));
    return readsAsWanted(container, wanted);
  };
  if (fits(candidates)) return;
  candidates.forEach((c) => put(c, c.fallback));
  const kept: Candidate[] = [];
  for (const candidate of candidates.slice(0, MAX_SINGLE_CHECKS)) {
    put(candidate, candidate.verbatim);
    if (fits([...kept, candidate])) kept.push(candidate);
    else put(candidate, candidate.fallback);
  }
}

// Each check re-reads the whole container: a paragraph of a thousand links that do not
// fit must not cost a thousand parses. Links past this many keep the engine's form.
const MAX_SINGLE_CHECKS = 16;

/** Groups the candidates by the paragraph or heading, or the whole table, they sit in. */
function collect(
  nodes: Nodes[],
  container: RootContent | undefined,
  into: Map<RootContent, Candidate[]>,
): void {
  nodes.forEach((node, index) => {
    const plan = node.type === 'html' ? plans.get(node) : undefined;
    if (plan && node.type === 'html') {
      // Inline content lives in one of those containers; anywhere else, take no chances.
      if (!container) return void (nodes[index] = plan.fallback);
      const group = into.get(container) ?? [];
      group.push({ ...plan, siblings: nodes, index, verbatim: node });
      into.set(container, group);
    } else if ('children' in node) {
      const inner =
        container?.type !== 'table' &&
        (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table')
          ? node
          : container;
      collect(node.children, inner, into);
    }
  });
}

// A block comment on its own: ends whatever precedes it, starts nothing after it.
const SEPARATOR: Html = { type: 'html', value: '<!-- confnotes link check -->' };

// Autosave re-exports a changed list or quote whole; its unchanged links need no new parse.
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 2000;

/**
 * True when the engine reads what it writes for `written` as the same tree
 * as what it writes for `wanted`. Both go out and come back in one call
 * each, side by side (the engine's cost is mostly per call).
 */
function readsAsWanted(written: RootContent, wanted: RootContent): boolean {
  const markdown = stringifyMarkdown({ type: 'root', children: [written, SEPARATOR, wanted] });
  let same = verdicts.get(markdown);
  if (same === undefined) {
    const blocks = parseMarkdown(markdown).children;
    const at = blocks.findIndex((b) => b.type === 'html' && b.value === SEPARATOR.value);
    same = at > 0 && reading(blocks.slice(0, at)) === reading(blocks.slice(at + 1));
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(markdown, same);
  }
  return same;
}

function reading(blocks: RootContent[]): string {
  return JSON.stringify(blocks, (key, value: unknown) => (key === 'position' ? undefined : value));
}
