/** A note of the git crash test: its text says which version it is, so a whole one can be told. */
export function noteText(name: string, version: string): string {
  const id = name.replace(/\.md$/, '');
  const body = Array.from({ length: 40 }, (_, i) => `- ${version}: point ${i} of ${id}`).join('\n');
  return `---\nid: ${id}\ntitle: ${id}\n---\n\n${body}\nend of ${version}\n`;
}

/** The version a note's text is, or null when it is not one whole version. */
export function wholeVersion(name: string, text: string): string | null {
  const version = /\nend of (.+)\n$/.exec(text)?.[1];
  return version && noteText(name, version) === text ? version : null;
}
