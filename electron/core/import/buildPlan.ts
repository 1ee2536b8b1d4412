import { parse } from 'node:path';
import type { ImportProgress } from '../../../shared/ipc/import';
import type { ImportCorrections } from '../../../shared/ipc/importReview';
import { CoreError } from '../errors';
import { applyConferenceEdits, applyTalkEdits } from './applyReview';
import { resolveImages } from './localImages';
import { planPost, renderBodies } from './planPost';
import { sourceToPosts, type Post } from './posts';
import { findSources, readSourceFile } from './readSources';
import type { ImportPlan, PlannedConference, SkippedItem } from './types';
import { mergeSameConferences } from './sameConference';
import { defuseLinks } from './unsafeLinks';

/**
 * Reads the given files and folders into an ImportPlan: what would be
 * created, in memory, with every source that cannot be imported listed with
 * its reason. Nothing is written here. The review's choices (what marks the
 * talks of a post) and corrections are applied here too, so a preview shows
 * exactly what the import will write.
 */
export async function buildPlan(
  paths: string[],
  onProgress?: (progress: ImportProgress) => void,
  review?: ImportCorrections,
): Promise<ImportPlan> {
  const skipped: SkippedItem[] = [];
  const files = await findSources(paths, skipped);
  const conferences: PlannedConference[] = [];
  const groups = new Map<string, PlannedConference>();
  const seen = new Set<string>();

  for (const [index, file] of files.entries()) {
    onProgress?.({ phase: 'reading', done: index, total: files.length });
    const read = await readSourceFile(file);
    if (!('kind' in read)) {
      skipped.push(read);
      continue;
    }
    let posts: Post[];
    try {
      if (read.text.trim() === '') throw new CoreError('invalid-input', 'the file is empty');
      posts = await sourceToPosts(read);
      if (posts.length === 0) throw new CoreError('invalid-input', 'the feed has no entries');
    } catch (error) {
      skipped.push({ source: file.path, reason: problemOf(error, file.path) });
      continue;
    }
    for (const post of posts) {
      if (seen.has(post.source)) {
        skipped.push({
          source: post.label,
          reason: `appears twice (${post.source}); imported once`,
        });
        continue;
      }
      seen.add(post.source);
      for (const reason of post.meta.refused ?? []) skipped.push({ source: post.label, reason });
      const plan = planPost(post, review?.markers?.[post.source] ?? review?.marker);
      applyTalkEdits(plan, review);
      await resolveImages(plan, post, skipped);
      // After images: a feed's relative links are absolute by now, and checked as such.
      for (const tree of plan.nodes.values()) defuseLinks(tree, post.label, skipped);
      renderBodies(plan, post.markdown);
      if (plan.kind === 'conference') {
        conferences.push(plan.conference);
        continue;
      }
      let group = groups.get(post.group.source);
      if (!group) {
        const year = /\b((?:19|20)\d{2})\b/.exec(post.group.title)?.[1];
        group = {
          source: post.group.source,
          title: post.group.title,
          meta: { tags: [], ...(year ? { starts: `${year}-01-01` } : {}) },
          body: '',
          images: [],
          talks: [],
        };
        groups.set(post.group.source, group);
        conferences.push(group);
      }
      group.talks.push(plan.talk);
    }
  }
  for (const group of groups.values()) foldIntroNote(group);
  onProgress?.({ phase: 'reading', done: files.length, total: files.length });
  applyConferenceEdits(conferences, review?.conferences);
  return { conferences: mergeSameConferences(conferences, skipped), skipped };
}

/**
 * A folder's README (or index) beside its talk notes introduces the
 * conference the folder stands for: it is the conference's notes, not a talk.
 */
function foldIntroNote(group: PlannedConference): void {
  const intro = group.talks.findIndex((t) => /^(?:readme|index)$/i.test(parse(t.source).name));
  if (intro === -1 || group.talks.length < 2) return;
  const [note] = group.talks.splice(intro, 1);
  const heading = talkKey(note.title) === talkKey(group.title) ? '' : `# ${note.title}\n\n`;
  group.body = `${heading}${note.body}`;
  group.images.push(...note.images);
}

const talkKey = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The problem in words, without repeating the path the report already names. */
function problemOf(error: unknown, path: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
