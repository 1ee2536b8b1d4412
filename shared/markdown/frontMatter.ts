/**
 * Splits a note into its YAML front matter and its body without parsing the
 * body: scanning a 10,000-note library must not build 10,000 syntax trees.
 * The fences follow the grammar remark-frontmatter uses (`---` alone on the
 * first line, closed by `---` alone on a line), and the tests hold the two to
 * the same answers.
 */
export interface SplitNote {
  /** The YAML between the fences, or null when the note has no front matter. */
  yaml: string | null;
  body: string;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

export function splitFrontMatter(text: string): SplitNote {
  const opening = OPENING.exec(text);
  if (!opening) return { yaml: null, body: text };
  const rest = text.slice(opening[0].length);
  // An empty front matter closes on the very next line.
  const closing = CLOSING.exec(rest);
  if (!closing) return { yaml: null, body: text };
  const yaml = rest.slice(0, closing.index);
  let body = rest.slice(closing.index + closing[0].length);
  // The line break after the closing fence, then the one blank line the app writes.
  body = body.replace(/^\r?\n/, '').replace(/^\r?\n/, '');
  return { yaml, body };
}

/** Joins front matter and body the way the library writes every note. */
export function joinFrontMatter(yaml: string, body: string): string {
  const block = yaml.endsWith('\n') ? yaml : `${yaml}\n`;
  return body.length > 0 ? `---\n${block}---\n\n${body}` : `---\n${block}---\n`;
}
