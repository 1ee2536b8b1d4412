import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchService } from '../../../electron/core/search/searchService';
import { markdownToPlainText } from '../../../shared/markdown';
import { tempDir } from '../../helpers/tempLibrary';
import { FIXTURES, importBench } from './importHelpers';

const HOSTILE =
  /<script|onerror|onload|onmouseover|javascript:|data:|<iframe|<object|<style|evil\.example|alert\(/i;

/** Every file the library holds, read as text. */
async function libraryText(root: string): Promise<string> {
  const files = await readdir(root, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    files
      .filter((f) => f.isFile() && f.name.endsWith('.md'))
      .map((f) => readFile(join(f.parentPath, f.name), 'utf8')),
  );
  return texts.join('\n');
}

let search: SearchService | undefined;
afterEach(async () => {
  await search?.close();
  search = undefined;
});

describe('importing feeds', () => {
  it('makes each RSS entry a conference post, split into talks, with date, categories and link kept', async () => {
    const { dir, library, importer } = await importBench();
    const report = await importer.run({ paths: [join(FIXTURES, 'feeds/blog-rss.xml')] });
    expect(report.skipped).toEqual([]);
    const tree = await library.list();
    const devopsdays = tree.conferences.find((c) => c.meta.title === 'DevOpsDays Amsterdam 2022')!;
    expect(devopsdays.meta).toMatchObject({
      starts: '2022-06-30',
      tags: ['devops', 'conference'],
      source: 'https://jane.example/2022/06/devopsdays-amsterdam/',
    });
    expect(devopsdays.talks.map((t) => [t.meta.title, t.meta.kind, t.meta.speakers])).toEqual([
      [
        'Observability on a Budget',
        'talk',
        [{ name: 'Bob Builder' }, { name: 'Carol Danvers', affiliation: 'Stark Industries' }],
      ],
      [
        'The Future of Platform Teams',
        'keynote',
        [{ name: 'Alice Example', affiliation: 'Acme Corp' }],
      ],
    ]);
    const general = await library.readConference(devopsdays.id);
    expect(general.body).toContain('https://jane.example/2022/06/devopsdays-amsterdam/');
    expect(general.body).toContain('## Wrapping up');
    const keynote = await library.readTalk(devopsdays.talks[1].id);
    // Figures keep their captions; relative images become the blog's own addresses, never downloaded.
    expect(keynote.body).toContain(
      '![Alice on the platform maturity model](https://jane.example/images/platform.png)',
    );
    expect(keynote.body).toContain('\nAlice on the platform maturity model\n');
    expect(keynote.body).toContain('## Takeaways\n\n- Start with a thin platform');
    const budget = await library.readTalk(devopsdays.talks[0].id);
    expect(budget.body).toContain('```yaml\nsampling: 0.1\n```');

    // An entry about one talk stays one talk, under the blog's name.
    const blog = tree.conferences.find((c) => c.meta.title === 'Jane’s conference notes')!;
    expect(blog.talks.map((t) => t.meta)).toEqual([
      expect.objectContaining({
        title: 'Notes on Kelsey Hightower & the no-code talk',
        tags: ['kubernetes'],
        starts: '2021-11-02',
      }),
    ]);
    const kelsey = await library.readTalk(blog.talks[0].id);
    expect(kelsey.body).toContain('Kelsey wrote **no code** on stage & deployed it.');
    expect(kelsey.body).toContain('![Kelsey](https://cdn.example/kelsey.jpg)');
    expect(await libraryText(join(dir, 'library'))).not.toMatch(HOSTILE);
  });

  it('reads Atom with XHTML content, and the talks it creates are found by search', async () => {
    const { dir, library, importer } = await importBench();
    const report = await importer.run({ paths: [join(FIXTURES, 'feeds/blog-atom.xml')] });
    expect(report.skipped).toEqual([]);
    const tree = await library.list();
    const kubecon = tree.conferences.find((c) => c.meta.title === 'KubeCon EU 2023')!;
    expect(kubecon.meta).toMatchObject({
      starts: '2023-04-21',
      tags: ['kubernetes', 'cloud native'],
    });
    expect(kubecon.talks.map((t) => [t.meta.title, t.meta.speakers.map((s) => s.name)])).toEqual([
      ['eBPF for the rest of us', ['Liz Rice']],
      ['Scaling etcd', ['Marek Siarkowicz', 'Wenjia Zhang']],
    ]);
    const etcd = await library.readTalk(kubecon.talks[1].id);
    expect(etcd.body).toContain('Watch out for `--quota-backend-bytes`.');
    expect(etcd.body).toContain('```sh\netcdctl defrag\n```');
    expect(etcd.body).toContain('![etcd diagram](https://talks.example/diagrams/etcd.png)');
    expect(markdownToPlainText(etcd.body)).toContain('etcd diagram');

    search = new SearchService({
      library,
      dataDir: await tempDir('confnotes-import-search-'),
      inThread: true,
    });
    await search.whenIdle();
    const found = await search.query({ query: 'sandbox kernel' });
    expect(found.hits.map((h) => [h.title, h.conference])).toEqual([
      ['eBPF for the rest of us', 'KubeCon EU 2023'],
    ]);
    expect((await search.query({ query: 'defrag' })).hits.map((h) => h.title)).toEqual([
      'Scaling etcd',
    ]);
    expect(await libraryText(join(dir, 'library'))).not.toMatch(HOSTILE);
  });

  it.each([
    ['billion-laughs.xml', /declares XML entities/],
    ['external-entity.xml', /declares XML entities/],
    ['broken.xml', /invalid XML at line 3, column \d+/],
  ])('refuses %s with a clear reason and writes nothing', async (file, reason) => {
    const { dir, importer } = await importBench();
    const path = join(FIXTURES, 'feeds', file);
    const report = await importer.run({ paths: [path] });
    expect(report.conferences).toEqual([]);
    expect(report.skipped).toEqual([
      { source: path, reason: expect.stringMatching(reason) as string },
    ]);
    expect(await readdir(join(dir, 'library'))).toEqual([]);
  });

  it('imports the good feeds of a folder and reports the bad ones', async () => {
    const { library, importer } = await importBench();
    const report = await importer.run({ paths: [join(FIXTURES, 'feeds')] });
    expect(report.skipped.map((s) => s.source.split('/').pop())).toEqual([
      'billion-laughs.xml',
      'broken.xml',
      'external-entity.xml',
    ]);
    expect((await library.list()).conferences).toHaveLength(4);
  });
});

describe('importing HTML pages', () => {
  it('sanitises a hostile page: no scripts, styles, handlers, javascript:/data: URLs, iframes or forms', async () => {
    const { dir, library, importer } = await importBench();
    const report = await importer.run({ paths: [join(FIXTURES, 'html/hostile-page.html')] });
    const tree = await library.list();
    expect(tree.conferences.map((c) => c.meta.title)).toEqual(['SREcon 2022']);
    const talks = tree.conferences[0].talks;
    expect(talks.map((t) => [t.meta.title, t.meta.kind, t.meta.speakers])).toEqual([
      ['Alert Fatigue', 'talk', [{ name: 'Sam Person', affiliation: 'Example Inc' }]],
      ['Resilience Engineering', 'keynote', [{ name: 'Dr. Richard Cook' }]],
    ]);
    const everything = await libraryText(join(dir, 'library'));
    expect(everything).not.toMatch(HOSTILE);
    expect(everything).not.toContain('Home');
    expect(everything).toContain('Do not click');
    expect(everything).toContain('[SREcon](https://www.usenix.org/conference/srecon22americas)');
    const cook = await library.readTalk(talks[1].id);
    expect(cook.body).toContain(
      '![Richard Cook on how complex systems fail](https://cdn.example/cook.jpg)',
    );
    expect(cook.body).toContain('Richard Cook on _how complex systems fail_');
    const fatigue = await library.readTalk(talks[0].id);
    // Chroma's highlighting spans collapse into a plain code block with its language.
    expect(fatigue.body).toContain('```go\nfunc main() {}\n```');
    expect(report.skipped).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('image x') as string }),
    ]);
  });
});
