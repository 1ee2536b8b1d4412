import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreServices, type CoreServices } from '../../../electron/core/services';
import type { SearchResponse } from '../../../shared/search/types';
import { FIXTURE_SLIDES, SlideCamera, slideHtml } from '../../helpers/slideImages';
import { tempDir } from '../../helpers/tempLibrary';

let services: CoreServices;
let camera: SlideCamera;
const talks: Record<string, string> = {};

const search = (query: string) => services.search.query({ query, limit: 10 });
const titles = (response: SearchResponse) => response.hits.map((hit) => hit.title);

/** Waits until `query` finds something (the reader and the index work in the background). */
async function eventually(query: string, timeoutMs = 30_000): Promise<SearchResponse> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    await services.search.whenIdle();
    const response = await search(query);
    if (response.total > 0 || performance.now() > until) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  camera = await SlideCamera.open();
  services = await createCoreServices({ libraryRoot: await tempDir(), dataDir: await tempDir() });
  const { library } = services;
  const conference = await library.createConference({ title: 'SRE Days', starts: '2024-05-02' });
  const slo = await library.createTalk(
    conference.id,
    { title: 'Budgets' },
    'We discussed targets.\n',
  );
  const chaos = await library.createTalk(
    conference.id,
    { title: 'Game days' },
    'Notes: a hypothesis first, then limit the radius.\n',
  );
  Object.assign(talks, { slo: slo.id, chaos: chaos.id });
  await services.slides.start();
  await services.search.whenIdle();
}, 60_000);

afterAll(async () => {
  await services.close();
  await camera.close();
});

describe('slide text in search', () => {
  it('finds a pasted slide by its words, "on a slide", weighted below the notes\' own words', async () => {
    const { library } = services;
    const png = await camera.shoot(slideHtml(FIXTURE_SLIDES[0]));
    const { src } = await library.saveAsset(talks.slo, 'pasted.png', png);
    const doc = await library.readTalk(talks.slo);
    await library.updateTalk(talks.slo, { body: `${doc.body}\n![Slide](${src})\n` }, doc.revision);

    const found = await eventually('burn rate');
    expect(titles(found)).toEqual(['Budgets']);
    const [hit] = found.hits;
    expect(hit.slide).toEqual({ src });
    expect(hit.fields).toEqual(['slides']);
    expect(hit.snippet).toContain('Burn rate');
    expect(hit.highlights.length).toBeGreaterThan(0);

    // The chaos talk says "hypothesis" in its notes; a slide saying it counts for less.
    const slide2 = await camera.shoot(slideHtml(FIXTURE_SLIDES[1]));
    const pasted = await library.saveAsset(talks.slo, 'chaos.png', slide2);
    const again = await library.readTalk(talks.slo);
    await library.updateTalk(
      talks.slo,
      { body: `${again.body}\n![](${pasted.src})\n` },
      again.revision,
    );
    await eventually('blast radius');
    const both = await search('hypothesis');
    expect(titles(both)).toEqual(['Game days', 'Budgets']);
    expect(both.hits[0].slide).toBeUndefined();
    expect(both.hits[1].slide).toEqual({ src: pasted.src });
  });

  it('filters with in:slides and in:notes', async () => {
    await eventually('blast radius');
    expect(titles(await search('in:slides hypothesis'))).toEqual(['Budgets']);
    expect(titles(await search('in:notes hypothesis'))).toEqual(['Game days']);
    expect(titles(await search('-in:slides hypothesis'))).toEqual(['Game days']);
    expect(titles(await search('in:slides discussed'))).toEqual([]);
    expect(titles(await search('discussed'))).toEqual(['Budgets']);
    // Alone, in:slides lists the talks that have slide text.
    const listed = await search('in:slides');
    expect(titles(listed)).toEqual(['Budgets']);
    expect(listed.hits[0].slide?.src).toMatch(/^assets\//);
    expect((await search('"error budgets"')).hits.map((h) => h.slide !== undefined)).toEqual([
      true,
    ]);
  });
});
