import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPost, renderBodies } from '../../../electron/core/import/planPost';
import type { Post } from '../../../electron/core/import/posts';
import { quickTree } from '../../../electron/core/import/quickTree';
import { parseMarkdown } from '../../../shared/markdown';
import { FIXTURES } from './importHelpers';

/** What an import makes of a note: conference or talk, titles, speakers, bodies. */
function planned(markdown: string, tree: Post['tree']) {
  const post: Post = {
    source: '/notes/note.md',
    label: 'note.md',
    meta: { tags: [] },
    fallbackTitle: 'File name — Jane Doe',
    tree,
    markdown,
    group: { source: '/notes', title: 'notes' },
  };
  const plan = planPost(post);
  renderBodies(plan, markdown);
  return plan.kind === 'talk' ? plan.talk : plan.conference;
}

const notes = [
  '# Cilium deep dive\n\nHow Cilium replaces kube-proxy.\n\n## Questions\n\nDoes it work with IPv6? Yes.\n',
  'No title here.\n\n## Sub-heading\n\n- a list\n  - nested\n\n> quoted\n> — Someone Else\n',
  '\n\n# Title\n\n\nText with trailing spaces   \n\n\n',
  '# Title ##\n\nText.\n\n# Second top heading\n\nMore.\n',
  '## Only a level-2 heading\n\nText #notatag and #hashtag.\n',
  '#hashtag at the start\n\nText.\n',
  '# *Emphasised* title\n\nText.\n',
  '# Title\n\n    indented code\n',
  '# Title\n\n```\n# not a heading\n```\n',
  '# Title\r\n\r\nWindows line endings.\r\n',
  'Setext title\n============\n\nText.\n',
  '# Talk one — Ana Medina\n\nNotes.\n\n# Talk two — Bram Vogelaar\n\nMore notes.\n',
  '# Keynote\n\n## Speaker One: A Talk\n\n## Speaker Two: Another Talk\n',
  '#\n\nEmpty heading above.\n',
  '- item\n# heading after a list\n\ntext\n',
  '<div>\n\n# inside html?\n\n</div>\n',
  '',
  '# Title\n\n  two-space indented paragraph\n\n  - indented list\n',
  'Text without a final newline   ',
  '# Title   \n\nText.\t\n \n',
];

describe('reading simple notes without the full parse', () => {
  it.each(notes.map((note) => [JSON.stringify(note.slice(0, 40)), note]))(
    'gives the same plan as the parser for %s',
    (_name, note) => {
      const quick = quickTree(note);
      if (quick) expect(planned(note, quick)).toEqual(planned(note, parseMarkdown(note)));
    },
  );

  it('takes the quick path for plain notes and the parser for anything that could be a talk or an image', async () => {
    // A second heading, a list, a link, emphasis, lines under lines may mark talks: the reader needs the parse.
    expect(quickTree(notes[0])).toBeNull();
    expect(quickTree(notes[2])).not.toBeNull();
    // A list (or a link, emphasis, lines under lines) may mark talks: the reader needs the parse.
    expect(quickTree(notes[1])).toBeNull();
    expect(quickTree(notes[11])).toBeNull();
    expect(quickTree(notes[12])).toBeNull();
    const vault = join(FIXTURES, 'vault/KubeCon EU 2023');
    expect(quickTree(await readFile(join(vault, 'hallway track.md'), 'utf8'))).not.toBeNull();
    expect(quickTree(await readFile(join(vault, 'cilium-deep-dive.md'), 'utf8'))).toBeNull();
  });
});
