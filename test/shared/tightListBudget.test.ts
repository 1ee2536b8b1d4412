import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { normalizeMarkdown, parseMarkdown } from '../../shared/markdown';
import { overBudgetBlocks } from '../../shared/markdown/pathological';

/**
 * The emphasis-and-bracket budget (1,000 runs, shared/markdown/pathological.ts)
 * guards one paragraph: micromark matches runs within a paragraph in
 * quadratic time. A tight list holds a paragraph per bullet, so a talk's
 * notes written without blank lines, a link in each bullet, must stay
 * Markdown; the same runs in one paragraph, however its lines are dressed
 * up as bullets, must not be parsed.
 */
const types = (nodes: RootContent[]) => nodes.map((node) => node.type);

/** A talk's notes as one tight list: 300 bullets with a sub-bullet each, a link and bold in every one. */
function tightTalkNotes(): string {
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    lines.push(`- Point ${i}: **chaos** experiments, see [slides](https://example.com/${i})`);
    lines.push(`  - follow-up _${i}_ in [the repo](https://example.com/repo/${i})`);
  }
  return `${lines.join('\n')}\n`;
}

const runs = (text: string) => text.match(/[*_]+|[[\]]/g)?.length ?? 0;

describe('emphasis and bracket runs are counted per top-level item', () => {
  it('keeps a long tight list of linked bullets as Markdown', () => {
    const notes = tightTalkNotes();
    expect(runs(notes)).toBeGreaterThan(2000);
    expect(overBudgetBlocks(notes)).toEqual([]);
    const tree = parseMarkdown(notes);
    expect(types(tree.children)).toEqual(['list']);
    expect(tree.children[0]).toMatchObject({ type: 'list', spread: false });
    expect((tree.children[0] as { children: unknown[] }).children).toHaveLength(300);
    expect(normalizeMarkdown(notes)).toBe(notes);
  });

  it('splits at headings at the margin too', () => {
    const section = (i: number) =>
      `## Talk ${i}\n${Array.from({ length: 100 }, (_, k) => `*a **b* c** [${k}]`).join(' ')}`;
    const notes = `${[0, 1, 2, 3].map(section).join('\n')}\n`;
    expect(runs(notes)).toBeGreaterThan(2000);
    expect(overBudgetBlocks(notes)).toEqual([]);
    expect(types(parseMarkdown(notes).children)).toEqual(
      Array(4).fill(['heading', 'paragraph']).flat(),
    );
  });

  it.each([
    ['one paragraph over many lines', `${'*a **a\n'.repeat(1200)}b\n`],
    ['lazy lines of one bullet', `- *a\n${'*a **a\n'.repeat(1200)}`],
    ['indented lines of one bullet', `- *a\n${'  *a **a\n'.repeat(1200)}`],
    [
      'lines dressed as bullets, four spaces in (paragraph text)',
      `para *a\n${'    - *a **a\n'.repeat(1200)}`,
    ],
    ['bullets without a space after the marker', `${'-*a **a\n'.repeat(1200)}`],
    ['a footnote and the lines it goes on with', `[^a]: x\n${'*a **a\n'.repeat(1200)}`],
    [
      'a tight list continuing a list item after a blank line (indented: its lines are read in the item)',
      `- item\n\n${'  - *a **a\n'.repeat(1200)}`,
    ],
  ])('keeps %s over the budget', (_name, markdown) => {
    const blocks = overBudgetBlocks(markdown);
    expect(blocks).toHaveLength(1);
    const [start, end] = blocks[0];
    expect(runs(markdown.slice(start, end))).toBeGreaterThan(1000);
  });

  it('still counts a single over-budget bullet among ordinary ones', () => {
    const heavy = `- ${'*a **a '.repeat(600)}`;
    const notes = `- one [a](b)\n${heavy}\n- three [c](d)\n`;
    expect(overBudgetBlocks(notes)).toEqual([[0, notes.length - 1]]);
    expect(types(parseMarkdown(notes).children)).toEqual(['html']);
  });
});
