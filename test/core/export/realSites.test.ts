import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFixture, SHORTCODE_NOTES, type ExportFixture } from './exportFixture';

/**
 * The same proof as siteLayout.test.ts, by the generators themselves where
 * they are installed (Debian: `apt-get install jekyll hugo`): build a bare
 * site from the export and follow every `<img src>` of every built page to a
 * built file. Skipped where the generator is missing; the model-based test
 * still runs there.
 */
const has = (command: string, ...args: string[]) => spawnSync(command, args).status === 0;
const run = promisify(execFile);

let fixture: ExportFixture;
beforeEach(async () => {
  fixture = await makeFixture();
  // A DevOps note quoting a Helm template: Liquid must leave it alone.
  await fixture.setNotes(
    fixture.camsId,
    (current) => `${current}\nHelm: \`{{ .Values.image.tag }}\` and \`{% if canary %}\`.\n`,
  );
});
afterEach(() => fixture.cleanup());

/**
 * Every image a built page shows, resolved from the page's address to a built
 * file (or not). With a `base`, the site is served under it (a Jekyll
 * `baseurl`): pages are at `base/…` and only addresses under it reach files.
 */
async function builtImages(site: string, base = ''): Promise<{ found: number; lost: string[] }> {
  let found = 0;
  const lost: string[] = [];
  const files = (await readdir(site, { recursive: true })).map(String);
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const html = await readFile(join(site, file), 'utf8');
    const page = new URL(`${base}/${file.replace(/index\.html$/, '')}`, 'http://site.test');
    for (const [, src] of html.matchAll(/<img[^>]*\ssrc="([^"]*)"/g)) {
      const { pathname } = new URL(src.replaceAll('&amp;', '&'), page);
      const inside = pathname.startsWith(`${base}/`);
      if (inside && existsSync(join(site, decodeURIComponent(pathname.slice(base.length)))))
        found++;
      else lost.push(src);
    }
  }
  return { found, lost };
}

describe.runIf(has('jekyll', '--version'))('a real Jekyll build', () => {
  it('serves every image of a conference exported as posts, and the quoted template', async () => {
    const root = join(fixture.base, 'site');
    await mkdir(join(root, '_layouts'), { recursive: true });
    await writeFile(join(root, '_config.yml'), 'title: Conference notes\n');
    await writeFile(join(root, '_layouts', 'post.html'), '{{ content }}\n');
    await fixture.exporter.run(
      fixture.request({
        scope: { kind: 'conference', id: fixture.conferenceId },
        folder: true,
        flavor: 'jekyll',
        destination: root,
      }),
    );
    const out = join(root, '_site');
    await run('jekyll', ['build', '--quiet', '--source', root, '--destination', out]);
    expect(await builtImages(out)).toEqual({ found: 5, lost: ['assets/missing%20slide.png'] });
    const cams = await readFile(join(out, 'all-day-devops-2021/2021/10/28/cams-then-and-now.html'));
    expect(cams.toString()).toContain('{{ .Values.image.tag }}');
  }, 60_000);

  it('serves every image of the library under the baseurl of the site', async () => {
    const root = join(fixture.base, 'site');
    await mkdir(join(root, '_layouts'), { recursive: true });
    await writeFile(join(root, '_config.yml'), 'title: Notes\nbaseurl: /my-blog\n');
    await writeFile(join(root, '_layouts', 'post.html'), '{{ content }}\n');
    const request = { scope: { kind: 'library' as const }, flavor: 'jekyll' as const };
    await fixture.exporter.run(fixture.request({ ...request, destination: root }));
    const out = join(root, '_site');
    await run('jekyll', ['build', '--quiet', '--source', root, '--destination', out]);
    const lost = ['assets/missing%20slide.png'];
    expect(await builtImages(out, '/my-blog')).toEqual({ found: 5, lost });
    // The same links without the prefix (as before): none reaches a file.
    await fixture.exporter.run(
      fixture.request({ ...request, destination: root, baseurl: '/', force: true }),
    );
    await run('jekyll', ['build', '--quiet', '--source', root, '--destination', out]);
    expect((await builtImages(out, '/my-blog')).found).toBe(0);
  }, 60_000);
});

/** A bare Hugo site at `fixture.base/site` whose pages show their content and nothing else. */
async function hugoSite(): Promise<string> {
  const root = join(fixture.base, 'site');
  await mkdir(join(root, 'layouts', '_default'), { recursive: true });
  await writeFile(join(root, 'hugo.toml'), 'baseURL = "https://notes.example/"\ntitle = "Notes"\n');
  for (const layout of ['single', 'list']) {
    await writeFile(join(root, 'layouts', '_default', `${layout}.html`), '{{ .Content }}\n');
  }
  return root;
}

/** The text a built page shows: tags dropped, the entities Hugo writes decoded. */
function shownText(html: string): string {
  const entities: Record<string, string> = {
    lt: '<',
    gt: '>',
    amp: '&',
    quot: '"',
    '#34': '"',
    '#39': "'",
  };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot|#34|#39);/g, (_, name: string) => entities[name]);
}

describe.runIf(has('hugo', 'version'))('a real Hugo build', () => {
  it('shows shortcodes quoted in notes as written, in prose and code, and runs none', async () => {
    const root = await hugoSite();
    // `note` is no shortcode of this site: run, it would stop the build; `youtube` would embed a video.
    const unclosed = 'Compare: if a {{< b then.\n';
    await fixture.setNotes(fixture.chaosId, SHORTCODE_NOTES + unclosed);
    const request = { scope: { kind: 'conference' as const, id: fixture.conferenceId } };
    const posts = join(root, 'content', 'posts');
    await fixture.exporter.run(
      fixture.request({ ...request, flavor: 'hugo', destination: posts, folder: true }),
    );
    await fixture.exporter.run(
      fixture.request({ ...request, flavor: 'hugo', destination: join(posts, 'adod.md') }),
    );
    await run('hugo', ['--quiet', '--source', root]);
    const public_ = join(root, 'public', 'posts');
    for (const page of ['gamification-of-chaos-testing', 'adod']) {
      const html = await readFile(join(public_, page, 'index.html'), 'utf8');
      expect(html).not.toContain('<iframe');
      const text = shownText(html);
      for (const shown of [
        'The demo embedded a talk with {{< youtube dQw4w9WgXcQ >}} and a callout:',
        '{{% note %}}\nShortcodes with Markdown inside.\n{{% /note %}}',
        'Inline code: {{< figure src="/a.png" title="A > B" >}}.',
        '{{< highlight go "linenos=table" >}}\nfmt.Println("hi")\n{{< /highlight >}}',
        // The escaped forms a note meant for Hugo: shown as the shortcode they quote.
        'The docs write it escaped: {{< gist spf13 7896402 >}}, or {{% param x %}} in prose.',
        'Compare: if a {{< b then.',
      ]) {
        expect(text).toContain(shown);
      }
    }
  }, 60_000);

  it('serves the images of a talk and a post written to .md files', async () => {
    const root = await hugoSite();
    const posts = join(root, 'content', 'posts');
    await fixture.exporter.run(
      fixture.request({
        scope: { kind: 'talk', id: fixture.camsId },
        flavor: 'hugo',
        destination: join(posts, 'cams.md'),
      }),
    );
    await fixture.exporter.run(
      fixture.request({
        scope: { kind: 'conference', id: fixture.conferenceId },
        flavor: 'hugo',
        destination: join(posts, 'adod.md'),
      }),
    );
    await run('hugo', ['--quiet', '--source', root]);
    expect(await builtImages(join(root, 'public'))).toEqual({
      found: 1 + 5,
      lost: ['assets/missing%20slide.png'],
    });
  }, 60_000);

  it('serves every image of the library exported into a content section', async () => {
    const root = await hugoSite();
    await fixture.exporter.run(
      fixture.request({
        scope: { kind: 'library' },
        flavor: 'hugo',
        destination: join(root, 'content', 'posts'),
      }),
    );
    await run('hugo', ['--quiet', '--source', root]);
    expect(await builtImages(join(root, 'public'))).toEqual({
      found: 5,
      lost: ['assets/missing%20slide.png'],
    });
  }, 60_000);
});
