import { createHash } from 'node:crypto';
import { isMap, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { splitFrontMatter } from '../../../shared/markdown';
import { isWebUrl } from '../../../shared/webUrl';

/** Front matter larger than this is not parsed (it is kept, and reported). */
const MAX_FRONT_MATTER = 256 * 1024;
/** YAML aliases allowed in one front matter: enough for people, too few for a billion laughs. */
const MAX_ALIASES = 50;

/** A note file as read: everything needed to show it and to write it back faithfully. */
export interface ParsedNote<M> {
  /** Fields that passed validation; invalid ones are left out and reported. */
  fields: Partial<M>;
  body: string;
  /** The YAML as written, kept so that saving only the body changes nothing else. */
  rawYaml: string | null;
  /** The parsed YAML when it is valid: unknown keys survive edits through it. */
  document: Document | null;
  problems: string[];
  revision: string;
}

/** Revisions are content hashes: sync tools keep modification times, not contents. */
export function revisionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/** Decodes a file's bytes, reporting (not failing on) what makes it an odd text file. */
export function decodeNote(bytes: Uint8Array): { text: string; problems: string[] } {
  const problems: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push('not valid UTF-8: invalid bytes are shown as �');
    text = new TextDecoder('utf-8').decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\0')) problems.push('contains NUL bytes: is it a binary file?');
  return { text, problems };
}

/**
 * Parses a note leniently: a bad field is dropped and named, the rest of the
 * front matter and the whole body stay usable.
 */
export function parseNote<S extends z.ZodObject>(
  bytes: Uint8Array,
  schema: S,
): ParsedNote<z.output<S>> {
  const { text, problems } = decodeNote(bytes);
  const { yaml, body } = splitFrontMatter(text);
  const result: ParsedNote<z.output<S>> = {
    fields: {},
    body,
    rawYaml: yaml,
    document: null,
    problems,
    revision: revisionOf(bytes),
  };
  if (yaml === null) return result;
  if (yaml.length > MAX_FRONT_MATTER) {
    problems.push(`front matter is larger than ${MAX_FRONT_MATTER / 1024} KB: not read`);
    return result;
  }
  const document = parseDocument(yaml, { schema: 'core', customTags: [], uniqueKeys: true });
  if (document.errors.length > 0) {
    problems.push(`invalid YAML front matter: ${document.errors[0].message.split('\n')[0]}`);
    return result;
  }
  // Unknown tags (`!!js/function`, …) are read as plain strings and never resolved; say so.
  for (const warning of document.warnings) {
    problems.push(`front matter: ${warning.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    problems.push(`front matter refused: ${(error as Error).message}`);
    return result;
  }
  if (data !== null && !isMap(document.contents)) {
    problems.push('front matter is not a set of `key: value` lines');
    return result;
  }
  result.document = document;
  result.fields = pickValidFields(schema, (data ?? {}) as Record<string, unknown>, problems);
  ignoreNonWebLinks(result.fields, problems);
  return result;
}

/**
 * Link fields (`url`, `links.video`, `links.slides`, `links.page`) hold web
 * addresses only (shared/webUrl.ts): a file edited outside the app may say
 * `video: javascript:…`, which would become a live link in the app and in
 * every export. Such a value is ignored, named, and left in the file.
 */
function ignoreNonWebLinks(fields: Record<string, unknown>, problems: string[]): void {
  const ignore = (key: string, value: unknown) =>
    problems.push(
      `front matter "${key}": ${String(value).slice(0, 80)} is not a web address (http:// or https://); ignored`,
    );
  if (fields.url !== undefined && !isWebUrl(fields.url)) {
    if (fields.url !== '') ignore('url', fields.url);
    delete fields.url;
  }
  const links = fields.links as Record<string, unknown> | undefined;
  if (!links) return;
  const kept = Object.fromEntries(
    Object.entries(links).filter(([key, value]) => {
      if (value === undefined || isWebUrl(value)) return true;
      // An emptied field is no link, and nothing to report.
      if (value !== '') ignore(`links.${key}`, value);
      return false;
    }),
  );
  if (Object.keys(kept).length > 0) fields.links = kept;
  else delete fields.links;
}

function pickValidFields<S extends z.ZodObject>(
  schema: S,
  data: Record<string, unknown>,
  problems: string[],
): Partial<z.output<S>> {
  const fields: Record<string, unknown> = {};
  const shape: Record<string, z.ZodType> = schema.shape;
  for (const [key, fieldSchema] of Object.entries(shape)) {
    if (!(key in data)) continue;
    const parsed = fieldSchema.safeParse(data[key]);
    if (parsed.success) fields[key] = parsed.data;
    else problems.push(`front matter "${key}": ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return fields as Partial<z.output<S>>;
}
