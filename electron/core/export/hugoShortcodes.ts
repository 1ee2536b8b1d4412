/**
 * Hugo reads `{{< name … >}}` and `{{% name … %}}` in a page's content as
 * shortcode calls before any Markdown is rendered, in prose and in code
 * blocks alike: a note quoting one would run it on the site (inject a video,
 * a template's output) or stop the build ("template for shortcode not found",
 * "unclosed shortcode action"). Hugo's documented escape is the comment form
 * `{{</* name … *\/>}}`: its lexer (pagelexer_shortcode.go) drops the `/*` right
 * after the opening delimiter and the `*\/` right before the first closing
 * delimiter that follows, and emits everything in between as plain text, so
 * the page shows exactly what the note says.
 */

/**
 * The Markdown with every shortcode delimiter Hugo would act on turned into
 * its escaped form; text without `{{<` or `{{%` is returned as it is.
 *
 * - `{{< x >}}` → `{{</* x *\/>}}`; `{{% x %}}` → `{{%/* x *\/%}}`; a closing
 *   `{{< /x >}}` likewise. Anything up to the first closing delimiter, other
 *   openers included, is inside the comment and stays text.
 * - An already escaped `{{</* x *\/>}}` is left as written: it is the form a
 *   note meant for Hugo uses (Hugo shows it as `{{< x >}}`), and escaping it
 *   again would show the markers.
 * - An opener with no closing delimiter after it (`{{<` in a comparison) opens
 *   a comment that is closed at the very end by one added HTML comment,
 *   `<!-- *\/>}} -->`, which Hugo reads as `<!-- >}} -->`: invisible on the
 *   page. Everything from the opener on is then text, so nothing after it is
 *   changed. (Were the note to end inside an unclosed code fence or quote,
 *   the added comment would show as its last line: rare, and still no
 *   shortcode runs.)
 */
export function escapeHugoShortcodes(markdown: string): string {
  if (!markdown.includes('{{')) return markdown;
  let out = '';
  let at = 0;
  const openers = /\{\{[<%]/g;
  for (let match = openers.exec(markdown); match; match = openers.exec(markdown)) {
    const inner = match.index + 3;
    const close = markdown[match.index + 2] === '<' ? '>}}' : '%}}';
    const escaped = escapedForm(markdown, inner, close);
    if (escaped) {
      out += markdown.slice(at, inner) + escaped.text;
      at = escaped.end;
    } else {
      const end = markdown.indexOf(close, inner);
      if (end === -1) {
        // Nothing closes it: the rest of the note becomes the comment's text.
        const tail = `${markdown.slice(at, inner)}/*${markdown.slice(inner)}`;
        return `${out}${tail}${tail.endsWith('\n') ? '\n' : '\n\n'}<!-- */${close} -->\n`;
      }
      out += `${markdown.slice(at, inner)}/*${markdown.slice(inner, end)}*/${close}`;
      at = end + close.length;
    }
    openers.lastIndex = at;
  }
  return out + markdown.slice(at);
}

/**
 * An escaped shortcode starting at `inner` (just after `{{<` or `{{%`), as
 * Hugo will read it, or undefined. The Markdown writer of a conference post
 * writes its markers as `/\*` and `\*\/` in prose (a `*` there could be
 * emphasis to it); Hugo removes the markers before Markdown sees them, so they
 * are written back plain (the same text typed with backslashes in a code
 * block would lose them: a rare price). Hugo ends the comment at the first
 * `*\/` and closing delimiter after `{{<`, so `{{</*\/>}}` is no escaped form
 * (an error to Hugo).
 */
function escapedForm(
  markdown: string,
  inner: number,
  close: string,
): { text: string; end: number } | undefined {
  const marker = ['/*', '/\\*'].find((form) => markdown.startsWith(form, inner));
  if (!marker) return undefined;
  const from = inner + marker.length;
  const end = markdown.indexOf(`*/${close}`, from);
  if (end === -1) return undefined;
  const textEnd = marker !== '/*' && end > from && markdown[end - 1] === '\\' ? end - 1 : end;
  const text = `/*${markdown.slice(from, textEnd)}*/${close}`;
  if (text.indexOf(`*/${close}`) !== text.length - close.length - 2) return undefined;
  return { text, end: end + 2 + close.length };
}
