import { Document, stringify, type ToStringOptions } from 'yaml';
import { joinFrontMatter } from '../../../shared/markdown';
import type { ParsedNote } from './noteFile';

const YAML_OPTIONS: ToStringOptions = { lineWidth: 0, indentSeq: true };

/** Front-matter changes: a value sets the key, `null` removes it, `undefined` leaves it. */
export type FieldChanges = Record<string, unknown>;

/**
 * Writes a note's text. Unknown keys, comments and key order of valid front
 * matter survive (edits go through the YAML document); when only the body
 * changes the front matter is kept byte for byte; front matter that could not
 * be parsed is never silently dropped: it stays below, commented out.
 */
export function writeNoteText(
  original: Pick<ParsedNote<unknown>, 'rawYaml' | 'document'> | null,
  changes: FieldChanges,
  body: string,
): string {
  const changed = Object.values(changes).some((value) => value !== undefined);
  if (!changed && original?.rawYaml != null) return joinFrontMatter(original.rawYaml, body);
  if (original?.rawYaml != null && original.document) {
    const patched = patchScalarLines(original.rawYaml, changes);
    if (patched !== null) return joinFrontMatter(patched, body);
  }

  const document = original?.document ? original.document.clone() : new Document({});
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) document.delete(key);
    else document.set(key, document.createNode(value));
  }
  let yaml = document.toString(YAML_OPTIONS);
  if (original?.rawYaml != null && !original.document) {
    const kept = original.rawYaml.replace(/\n$/, '').split('\n');
    yaml += `# The front matter below could not be read; it is kept here as it was:\n${kept
      .map((line) => `# ${line}`)
      .join('\n')}\n`;
  }
  return joinFrontMatter(yaml, body);
}

/**
 * Sets scalar keys by editing their one line (or adding a line at the end),
 * so everything else in the front matter keeps its bytes. Returns null when a
 * change needs the YAML document (a list, an object, a removal, a multi-line value).
 */
function patchScalarLines(rawYaml: string, changes: FieldChanges): string | null {
  let lines = rawYaml.trim() === '' ? [] : rawYaml.replace(/\n$/, '').split('\n');
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null || typeof value === 'object' || !/^[A-Za-z_][\w-]*$/.test(key)) return null;
    const line = `${key}: ${stringify(value, { lineWidth: 0 }).trimEnd()}`;
    if (line.includes('\n')) return null;
    const at = lines.findIndex((l) => l.startsWith(`${key}:`));
    if (at === -1) {
      lines = [...lines, line];
      continue;
    }
    const next = lines[at + 1];
    if (next !== undefined && /^[\s-]/.test(next)) return null;
    lines[at] = line;
  }
  return `${lines.join('\n')}\n`;
}

/** Drops undefined values and empty optional collections so new files stay short. */
export function compactFields(fields: Record<string, unknown>): FieldChanges {
  const result: FieldChanges = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0 && key !== 'speakers' && key !== 'tags')
      continue;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const inner = compactFields(value as Record<string, unknown>);
      if (Object.keys(inner).length === 0) continue;
      result[key] = inner;
      continue;
    }
    result[key] = value;
  }
  return result;
}
