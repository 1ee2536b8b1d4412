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

/**
 * Scrolls the open note to its photo `src` and focuses the photo's
 * caption; false when the editor does not show it. Looked up in the
 * page, not in the Markdown the note was opened with: a photo pasted
 * since is there too.
 */
export function revealPhoto(src: string, root: ParentNode = document): boolean {
  const suffix = `/${encodeURIComponent(src)}`;
  const image = [...root.querySelectorAll<HTMLImageElement>('.cn-image-img')].find((img) =>
    (img.getAttribute('src') ?? '').endsWith(suffix),
  );
  if (!image) return false;
  image.scrollIntoView({ block: 'center' });
  image.parentElement
    ?.querySelector<HTMLInputElement>('.cn-image-caption')
    ?.focus({ preventScroll: true });
  return true;
}
