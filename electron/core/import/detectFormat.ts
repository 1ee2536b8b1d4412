/**
 * What a file is, read from its content: a feed saved as `.txt` is still a
 * feed, a `.txt` written with `#` headings is Markdown. The extension only
 * breaks a tie between formats the content cannot tell apart.
 */
export type SourceKind = 'markdown' | 'text' | 'html' | 'feed' | 'asciidoc' | 'org';

/** The kind an extension suggests; content decides. */
export const EXTENSION_HINTS: Record<string, SourceKind> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.feed': 'feed',
  '.adoc': 'asciidoc',
  '.asciidoc': 'asciidoc',
  '.asc': 'asciidoc',
  '.org': 'org',
};

const FEED = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:rdf)\b/i;
const HTML = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body|article|main)\b/i;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** Marks only one format writes, counted line by line. */
const EVIDENCE: Record<'markdown' | 'asciidoc' | 'org', RegExp[]> = {
  markdown: [
    /^#{1,6}\s+\S/,
    /\[[^\]\n]+\]\([^)\s]+\)/,
    /^\s*```/,
    /\*\*[^*\n]+\*\*/,
    /^\s*!\[[^\]\n]*\]\(/,
  ],
  asciidoc: [
    /^={1,6}\s+\S/,
    /\blink:[^[\s]*\[/,
    /^(?:image|include|video)::\S*\[/,
    /^:[\w-]+:(?:\s|$)/,
    /^\[(?:source|quote|NOTE|TIP|IMPORTANT|WARNING|caption)[^\]]*\]\s*$/,
    /^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s/,
    /\bhttps?:\/\/\S+\[[^\]]*\]/,
    /^(?:\*{4}|-{4}|={4}|\.{4})\s*$/,
    /\[\w+\]#[^#\n]+#/,
  ],
  org: [
    /^\*+\s+\S/,
    /^#\+\w+:/i,
    /^#\+begin_\w+/i,
    /\[\[[^\]\n]+\](?:\[[^\]\n]+\])?\]/,
    /^\s*:PROPERTIES:\s*$/,
    /^\s*[-+]\s+\[[ X-]\]\s/,
  ],
};

export function detectFormat(text: string, hint?: SourceKind): SourceKind {
  const start = text.slice(0, 4096).trimStart();
  if (FEED.test(start)) return 'feed';
  if (HTML.test(start)) return 'html';
  if (hint === 'feed' || hint === 'html') {
    // An extension that promised markup but content that is not: read the words.
    return /^</.test(start) ? hint : 'text';
  }
  const body = text.replace(FRONT_MATTER, '');
  const counts = { markdown: 0, asciidoc: 0, org: 0 };
  for (const line of body.split('\n', 2000)) {
    for (const format of ['markdown', 'asciidoc', 'org'] as const) {
      if (EVIDENCE[format].some((pattern) => pattern.test(line))) counts[format] += 1;
    }
  }
  // `* item` is a Markdown bullet and an org heading alike, `[[x]]` an Obsidian link: org needs its keywords or deeper headings.
  if (!/^#\+\w+:|^\*{2,}\s+\S/m.test(body)) counts.org = 0;
  const best = (['asciidoc', 'org', 'markdown'] as const).reduce((a, b) =>
    counts[b] > counts[a] ? b : a,
  );
  if (counts[best] === 0)
    return hint === 'markdown' || FRONT_MATTER.test(text) ? 'markdown' : 'text';
  if (hint && hint !== 'text' && counts[hint as 'markdown'] >= counts[best] * 0.5) return hint;
  return best;
}
