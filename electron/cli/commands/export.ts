import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FLAVORS, ExportRequestSchema } from '../../../shared/ipc/export';
import { CliError, type CliCommand } from '../command';

const usage = `Usage: confnotes export --out PATH (--talk ID | --conference ID_OR_FOLDER | --all)
                        [--flavor hugo|jekyll|obsidian|plain] [--folder] [--images DIR]
                        [--baseurl PATH] [--toc] [--keep-html] [--force] [--json]
                        [--library DIR]

Exports notes as Markdown.
  --talk ID            one talk as one file
  --conference ID      a conference as one blog post (with --folder: one file per talk)
  --all                the whole library as folders, one per conference
  --out PATH           the destination folder (or a .md file for a talk or a post);
                       nothing is written outside it. hugo: a content folder such as
                       content/posts (each talk a page bundle, its images inside);
                       jekyll: the site's folder (posts go into _posts/, images into
                       images/<post>/ linked from the site root, /images/...)
  --flavor F           front matter for hugo, jekyll or obsidian; plain has none (default plain)
  --images DIR         where copied images go (default images): beside each file, in
                       each Hugo bundle, at the Jekyll site's root
  --baseurl PATH       jekyll: the path the site is served under (GitHub project
                       pages: /repository-name), put before image links; / for none.
                       Default: the baseurl in the site's _config.yml, if any
  --toc                a table of contents at the top of a conference post
  --keep-html          publish raw HTML in the notes as written; by default HTML
                       that could run script or load something is written as text
  --force              replace files that already exist (otherwise nothing is written)
  --json               print the result as JSON: {destination, files: [{path, kind, exists}],
                       notes, images, overwritten, warnings: [{code, message, notePath?, src?}],
                       baseurl (jekyll)}

Images the notes use are copied and their links rewritten: only PNG, JPEG, GIF,
WebP and AVIF files (by name and by content) from the conference's folder or its
assets/; a missing or refused image keeps its link and is reported as a warning
on stderr (and in --json), never dropped silently. Links to javascript:,
vbscript:, data: or file: lose their target (their words stay); link fields
(video, slides, page, url) are published only when they are web addresses.
A hugo page written to a .md file (content/posts/NAME.md) is served at
.../NAME/, so its images are copied into NAME/images/ beside the file, where the
page's images/... links reach them on the site (index.md and _index.md keep
them in images/ beside them, as in a bundle); so a page with images needs a
NAME that is its own address: lower-case letters, digits, - and _. Hugo
shortcodes quoted in the notes ({{< x >}}, {{% x %}}) are escaped
({{</* x */>}}) so the page shows them.
A jekyll post written to a .md file links its images as /images/NAME/... (after
any --baseurl), copied into images/NAME/ beside it: put the file into the
site's _posts/ and images/ at its root.`;

/** `confnotes export`: the same ExportService the app's Export dialog uses. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a talk, a conference or the library as Markdown (Hugo, Jekyll, Obsidian, plain)',
  usage,
  async run(args, context) {
    const { values } = parseArgs({
      args,
      strict: true,
      options: {
        out: { type: 'string' },
        talk: { type: 'string' },
        conference: { type: 'string' },
        all: { type: 'boolean', default: false },
        flavor: { type: 'string', default: 'plain' },
        folder: { type: 'boolean', default: false },
        images: { type: 'string', default: 'images' },
        baseurl: { type: 'string' },
        toc: { type: 'boolean', default: false },
        'keep-html': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    const scopes = [values.talk !== undefined, values.conference !== undefined, values.all].filter(
      Boolean,
    );
    if (scopes.length !== 1)
      throw new CliError(
        'Choose exactly one of --talk ID, --conference ID_OR_FOLDER or --all.\n' + usage,
      );
    if (!values.out)
      throw new CliError('--out PATH is required: the folder (or .md file) to export to.');
    if (!(EXPORT_FLAVORS as readonly string[]).includes(values.flavor)) {
      throw new CliError(
        `--flavor must be one of ${EXPORT_FLAVORS.join(', ')}; got ${values.flavor}.`,
      );
    }
    const scope = values.talk
      ? { kind: 'talk' as const, id: values.talk }
      : values.conference
        ? { kind: 'conference' as const, id: values.conference }
        : { kind: 'library' as const };
    const parsed = ExportRequestSchema.safeParse({
      scope,
      flavor: values.flavor,
      folder: values.folder,
      destination: resolve(values.out),
      images: values.images,
      force: values.force,
      toc: values.toc,
      keepHtml: values['keep-html'],
      baseurl: values.baseurl,
    });
    if (!parsed.success)
      throw new CliError(
        `Invalid export options: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
      );

    // Library and export errors (not found, exists, refused paths) reach stderr through the CLI.
    const { exporter } = await context.services();
    const result = await exporter.run(parsed.data);
    for (const warning of result.warnings) context.err(`warning: ${warning.message}`);
    if (values.json) {
      context.out(JSON.stringify(result, null, 2));
    } else {
      const replaced =
        result.overwritten.length > 0 ? ` (${result.overwritten.length} replaced)` : '';
      const base = result.baseurl ? `; image links start with ${result.baseurl}/` : '';
      context.out(
        `Exported ${result.notes} note(s) and ${result.images} image(s) to ${result.destination}${replaced}${base}.`,
      );
    }
  },
};
