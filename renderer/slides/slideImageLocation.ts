/**
 * Where a note's Markdown shows the image `src`: the offset of its `![`,
 * so the app can open the talk scrolled to the photo a search found text
 * on. -1 when the note does not show it.
 */
export function imageOffset(markdown: string, src: string): number {
  const variants = new Set([src, encodeURI(src), `<${src}>`]);
  for (const written of variants) {
    const at = markdown.indexOf(`](${written}`);
    if (at < 0) continue;
    const start = markdown.lastIndexOf('![', at);
    return start >= 0 ? start : at;
  }
  return -1;
}
