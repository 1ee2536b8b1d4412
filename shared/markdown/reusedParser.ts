import { parse } from 'micromark';
import type { ParseContext, ParseOptions } from 'micromark-util-types';

/**
 * One micromark parser for many documents. `parse(options)` combines the
 * extensions' constructs anew on every call (~60 µs: most of what a short
 * piece of a note costs to tokenize, and hiddenWalk.ts tokenizes thousands).
 * Besides the constructs, the parser only carries state of the document it
 * reads: the definitions met (`defined`), which lines are lazy (`lazy`,
 * set for each line before it is read, cleared all the same) and what
 * extensions add to it (GFM's footnote labels). Cleared of that before
 * each document, the same parser reads it as a new one would; the tests
 * hold the two equal.
 */
export function reusedParser(options: ParseOptions): () => ParseContext {
  const parser = parse(options);
  const own = new Set(Object.keys(parser));
  return () => {
    for (const key of Object.keys(parser)) if (!own.has(key)) Reflect.deleteProperty(parser, key);
    parser.defined = [];
    parser.lazy = {};
    return parser;
  };
}
