import type { Root } from 'mdast';
import { basename, dirname, extname } from 'node:path';
import { splitFrontMatter } from '../../../shared/markdown';
import { asciidocToTree } from './asciidocToTree';
import { folderTitle } from './conferenceName';
import { parseFeed } from './feed';
import { htmlToTree } from './htmlToTree';
import { plainTextToTree } from './plainTextNotes';
import { refusedUrlReason } from '../../../shared/webUrl';
import { readFrontMatter, type PostMeta } from './postMeta';
import { orgToTree } from './orgToTree';
import { markdownTree } from './quickTree';
import type { SourceFile } from './readSources';

/**
 * Every source becomes one or more posts: a Markdown, text or HTML file is
 * one post, a feed is one post per entry. A post is then either a whole
 * conference (split into talks) or a note about one talk.
 */
export interface Post {
  /** Stable key: the file's absolute path, or the feed entry's id. */
  source: string;
  /** How reports name it. */
  label: string;
  meta: PostMeta;
  /** Used when neither the metadata nor the text gives a title. */
  fallbackTitle: string;
  /** Plain text only: the year in the file name, added to a title that lacks one. */
  year?: string;
  /** The file it was read from (not for feed entries): its name may name the conference. */
  path?: string;
  tree: Root;
  /** Markdown sources: the text the tree was parsed from, so bodies keep the user's bytes. */
  markdown?: string;
  /** Where relative images are looked up, and the folder they must stay inside. */
  local?: { dir: string; root: string };
  /** Feed entries: relative addresses are relative to the entry's page. */
  baseUrl?: string;
  /** The conference a one-talk post joins. */
  group: { source: string; title: string };
}

export async function sourceToPosts(file: SourceFile): Promise<Post[]> {
  const name = basename(file.path, extname(file.path));
  const folder = dirname(file.path);
  const local = { dir: folder, root: file.root };
  const folderGroup = { source: folder, title: folderTitle(folder) };
  switch (file.kind) {
    case 'markdown': {
      const { yaml, body } = splitFrontMatter(file.text);
      const meta = yaml === null ? { tags: [] } : readFrontMatter(yaml, file.path);
      const group = meta.conference
        ? { source: `conference:${meta.conference}`, title: meta.conference }
        : folderGroup;
      const tree = markdownTree(body);
      return [
        {
          source: file.path,
          label: file.path,
          path: file.path,
          meta,
          fallbackTitle: name,
          tree,
          markdown: body,
          local,
          group,
        },
      ];
    }
    case 'text': {
      const year = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name)?.[1];
      const tree = plainTextToTree(file.text);
      return [
        {
          source: file.path,
          label: file.path,
          path: file.path,
          meta: { tags: [] },
          fallbackTitle: name,
          year,
          tree,
          local,
          group: folderGroup,
        },
      ];
    }
    case 'asciidoc': {
      const { yaml, body } = splitFrontMatter(file.text);
      const meta = yaml === null ? { tags: [] } : readFrontMatter(yaml, file.path);
      const document = await asciidocToTree(body);
      return [
        {
          source: file.path,
          label: file.path,
          path: file.path,
          meta: { ...meta, title: meta.title ?? document.title, date: meta.date ?? document.date },
          fallbackTitle: name,
          tree: document.tree,
          local,
          group: folderGroup,
        },
      ];
    }
    case 'org': {
      const document = orgToTree(file.text);
      return [
        {
          source: file.path,
          label: file.path,
          path: file.path,
          meta: { tags: [], title: document.title, date: document.date },
          fallbackTitle: name,
          tree: document.tree,
          local,
          group: folderGroup,
        },
      ];
    }
    case 'html': {
      const page = htmlToTree(file.text, { fragment: false });
      const post: Post = {
        source: file.path,
        label: file.path,
        path: file.path,
        meta: {
          tags: [],
          ...(page.title ? { title: page.title } : {}),
          ...(page.date ? { date: page.date } : {}),
        },
        fallbackTitle: page.title ?? name,
        tree: page.tree,
        local,
        group: folderGroup,
      };
      return [post];
    }
    case 'feed': {
      const feed = parseFeed(file.text, file.path);
      const group = { source: file.path, title: feed.title };
      return feed.entries.map((entry) => ({
        source: entry.id,
        label: `${file.path} › ${entry.title}`,
        meta: {
          title: entry.title,
          date: entry.date,
          tags: entry.tags,
          link: entry.link,
          ...(entry.refusedLink ? { refused: [refusedUrlReason('url', entry.refusedLink)] } : {}),
        },
        fallbackTitle: entry.title,
        tree:
          entry.contentType === 'text'
            ? plainTextToTree(entry.content)
            : htmlToTree(entry.content, { fragment: true }).tree,
        baseUrl: entry.link,
        group,
      }));
    }
  }
}
