import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Event, ParseContext } from 'micromark-util-types';
import { describe, expect, it } from 'vitest';
import { reusedParser } from '../../shared/markdown/reusedParser';
import { sharedNotesDir } from '../helpers/sharedFixtures';

/**
 * The plain-text walk tokenizes with one micromark parser reused for every
 * document. Each document must come out as a new parser reads it, though
 * the one before defined references and footnotes, or had lazy lines where
 * this one has a setext underline or a table row.
 */
const options = { extensions: [frontmatter(['yaml']), gfm()] };

function events(parser: ParseContext, markdown: string): string[] {
  const tokens: Event[] = postprocess(
    parser.document().write(preprocess()(markdown, undefined, true)),
  );
  return tokens.map(
    ([kind, token]) => `${kind} ${token.type} ${token.start.offset}-${token.end.offset}`,
  );
}

/** Each document after one that leaves state behind which would change how it reads. */
const sequence = [
  '[a]: /defined\n\n[^n]: A footnote.\n',
  'See [a] and [^n].\n',
  '> quoted\nlazy line\n',
  'Title\n===\n',
  '> a | b\n| - | - |\n',
  'c | d\n--- | ---\ne | f\n',
  '- item\nlazy\n\n    code\n',
  '[A]: /again "title"\n\n[a][] and [A] and [^n]\n',
  '---\ntitle: front matter\n---\nBody [a].\n',
];

describe('reusedParser', () => {
  it('reads each document as a new parser does, whatever the one before left', async () => {
    const dir = sharedNotesDir();
    const notes = await Promise.all(
      (await readdir(dir)).map((name) => readFile(path.join(dir, name), 'utf8')),
    );
    const next = reusedParser(options);
    for (const markdown of [...sequence, ...notes, ...sequence.slice().reverse()])
      expect(events(next(), markdown)).toEqual(events(parse(options), markdown));
  });
});
