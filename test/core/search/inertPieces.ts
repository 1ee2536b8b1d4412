/**
 * Markdown where hiding a line's words from the parser could change what it
 * reads (see shared/markdown/inertLines.ts): constructs that reach across
 * lines, block starts, flanking, and the checks the screening relies on.
 * Each case holds at least one line the screening hides.
 */
const longLinkText = `[start of a long label\n${'lorem ipsum dolor sit amet consectetur adipiscing\n'.repeat(25)}end](https://x.y)\n\nafter words\n`;

export const adversarialCases: Array<[string, string]> = [
  ['link title over lines with apostrophes', `[a](u "x\nit's\ny") after\nplain words\n`],
  ['link title with a plain middle line', '[a](u "x\nfoo bar\ny") after\nplain words\n'],
  ['link title in parentheses', '[a](u (x\nfoo bar\ny)) after\nwords\n'],
  ['destination on the next line', '[a](\nfoo\n"t") and\nwords\n'],
  ['destination and a word on the next line', '[a](\nfoo bar\n) words\n'],
  ['unclosed title', '[a](u "x\nfoo bar\nmore words\n\nnext paragraph\n'],
  ['definition with a title over lines', "[foo]: /url\n'title\nfoo bar\n'\n\n[foo] words\n"],
  ['definition destination on the next line', '[foo]:\nurl\n\n[foo] and words\n'],
  ['definition and an ordinary next line', '[foo]: /url\nfoo bar\n\n[foo]\n'],
  [
    'label over lines matching a definition',
    '[foo\nbar baz\nqux] words\n\n[foo bar baz qux]: /u\n\nafter words\n',
  ],
  ['label over lines matching nothing', 'see [foo\nbar baz\nqux] words\n\nafter words\n'],
  ['link text over many lines', longLinkText],
  ['nested brackets over lines', '[a [b\nfoo\n] c](u) words\nmore\n\nafter words\n'],
  ['bracket hidden by code', '[a `]` b\nwords here\n](u)\n\nafter words\n'],
  ['image alt over lines', '![alt\nwords here\nend](x.png) after\n\nafter words\n'],
  ['html tag attributes over lines', '<a\nfoo bar\nhref="x">t</a> words\n\nafter words\n'],
  ['html attribute value holding >', '<a title="x>y"\nfoo\n>t</a>\nwords\n\nafter words\n'],
  ['html closing tag over lines', 'text </a\n> words\nmore words\n\nafter words\n'],
  [
    'html span with an attribute on the next line',
    '<span\nclass="x">text</span> words\n\nafter words\n',
  ],
  ['html block with quoted attributes', '<div\nclass="a">\nwords here\n</div>\n\nafter words\n'],
  ['html block over a blank line', '<div>\nplain words\n\nafter blank\n</div>\n'],
  ['html comment over paragraphs', '<!--\nhidden words\n\nstill hidden\n-->\nvisible words\n'],
  ['inline html comment over lines', 'a <!-- b\nc d\n--> e\nwords\n\nafter words\n'],
  ['script block', '<script>\nlet words here\n\nmore words\n</script>\nafter\n'],
  ['less-than in text', 'a < b\nplain words\n\nmore words\n'],
  ['fenced code at column 0', '```\ncode words\n\nmore code\n```\nafter words\n'],
  ['fenced code indented', '  ```\n  code words\n    deeper words\n  ```\nafter\n'],
  ['fenced code in a list', '- item\n\n  ```\n  inside words\n  ```\n- next words\n'],
  ['unclosed fence', '```\nunclosed words\n\nmore words\n'],
  ['tilde fence', '~~~ info\nwords\n~~~\nafter words\n'],
  ['indented code', 'para\n\n    code line one\n    code line two\n\nafter words\n'],
  ['indented code with extra spaces', '    code line\n      deeper words\n\ttabbed words\n'],
  ['lazy continuation in a quote', '> quote words\nlazy words\n> more\n'],
  ['lazy continuation in a list', '- item words\nlazy words\n  indented words\n'],
  ['ordered list continuation', '1. first words\n   second words\nlazy words\n'],
  ['setext headings', 'Title words\n===\n\nOther words\n---\n\nNot underline\n= x\n'],
  [
    'table with rows without pipes',
    '| a | b |\n|---|---|\n| c | d |\nrow without pipes\n\nafter\n',
  ],
  ['table without outer pipes', 'a | b\n--|--\nplain row\nc | d\n'],
  ['table delimiter like lines', 'words\n:--\n\nwords\n:-:|\n'],
  ['ordinal year', '2023. was great\n2023 was great\n10) items here\n'],
  ['emphasis over lines', '*foo\nbar baz\nqux*\n\n**foo\nbar\nbaz**\n\n_foo\nbar_\n'],
  ['strikethrough over lines', '~~foo\nbar baz\nqux~~\n'],
  ['code span over lines', '`foo\nbar baz\nqux`\n'],
  ['emphasis closed before punctuation', '*a\n-*•foo\n\n*b\n1.*(c)\n'],
  ['definition after paragraphs', '[foo] words\n\nmore words\n\n[foo]: /u\n'],
  ['footnote defined after paragraphs', 'Text[^1] words.\n\nmore words\n\n[^1]: note words\n'],
  ['front matter with a blank line', '---\ntitle: x\n\nwords here\n---\n\nBody words\n'],
  ['blank line longer than the look-back', `para words\n${' '.repeat(70)}\nnext words\n`],
  ['html block then paragraphs', '<div>\n\nwords inside\n\nmore words\n\n</div>\n\nafter words\n'],
  ['references to the placeholder', '<!--\n\nplain words\n\n-->\n\n&#xE000; and\nwords\n'],
  ['emphasis against punctuation', '*•foo*\n*\u00a0foo\nbar*\n* •bullet words\n*(x)\nwords*\n'],
  ['hard breaks', 'line one  \nline two\\\nline three\t\nline four\n'],
  ['task items', '- [ ] open task words\n- [x] done words\n  continuation words\n* [ ]\twords\n'],
  ['footnotes', 'Text[^1] words.\n\n[^1]: The note\n    more words\nlazy words\n'],
  ['front matter', '---\ntitle: foo\nother words\n---\n\nBody words\n'],
  ['unclosed front matter', '---\nfoo bar\n\nwords\n'],
  ['entities', 'A &amp; B\nplain words &copy;\nmore words\n'],
  [
    'literal autolinks',
    'see www.example.com\nand more words\nWWW.EXAMPLE.COM words\nhttp://x.y\nmail@x.org\n',
  ],
  ['unicode bullets and dashes', '• item words\n• more words\n—Author Name\n(As with all notes)\n'],
  ['nbsp and wide spaces', '\u00a0 nbsp first\nwords\u3000wide\u00a0\n'],
  ['blank lines inside list items', '- a words\n\n  b words\n\n- c words\n'],
  ['quote with a blank quoted line', '> a <b\n>\n> c words\n\nafter words\n'],
  ['link then a quote on the next line', '[a](u)\nit\'s "fine"\nwords\n'],
  ['headings', '# Title words #\n## Words\n#nospace words\n###### six\n'],
  ['thematic breaks and lists', '* * *\n- - - words\n-- words\n+ plus words\n'],
];

/** Line starts: containers, markers, indentation. */
const PREFIXES = [
  ...['', '', '', '- ', '* ', '1. ', '2023. ', '> ', '>', '    ', '  ', '## ', '- [ ] '],
  ...['*', '-*', '2.*', '\t', '> - ', '#'],
];
/** Line contents: mostly words, and the constructs that reach across lines or end them. */
const CONTENTS = [
  'plain words here',
  'more plain words',
  'it\'s "quoted" (words)',
  'a title=x',
  'foo bar',
  '•bullet',
  '—dash',
  'x *y',
  'z* w',
  '_a',
  'b_',
  '~~c',
  'd~~',
  '`code',
  'span`',
  '[label',
  'label]',
  '[a](u "t',
  't")',
  '[ref]',
  '[ref]: /u "t"',
  '[ref]: /u',
  '[^1]',
  '[^1]: note words',
  '<a',
  'href="x">',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '```',
  '~~~',
  '===',
  '---',
  ':--',
  '| a | b |',
  '|---|---|',
  '&amp; words',
  'www.x.com',
  'a@b.co',
  'http://x.y',
  '![alt',
];
const TRAILERS = ['', '', '', '  ', '\\', '\t'];

/** A document of 3–15 lines from the pieces above, blank lines among them. */
export function randomDocument(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const lines: string[] = [];
  const count = 3 + Math.floor(random() * 13);
  for (let i = 0; i < count; i++) {
    if (random() < 0.15) lines.push('');
    else if (random() < 0.6)
      lines.push(`${pick(PREFIXES)}${pick(CONTENTS.slice(0, 7))}${pick(TRAILERS)}`);
    else lines.push(`${pick(PREFIXES)}${pick(CONTENTS)}${pick(TRAILERS)}`);
  }
  return `${lines.join('\n')}\n`;
}
