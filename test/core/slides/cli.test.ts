import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { confnotes } from '../../helpers/runCli';
import { FIXTURE_SLIDES, SlideCamera, slideHtml } from '../../helpers/slideImages';
import { tempDir } from '../../helpers/tempLibrary';

const previousData = process.env.CONFNOTES_DATA;
let root: string;

beforeAll(async () => {
  root = await tempDir();
  process.env.CONFNOTES_DATA = await tempDir();
  const library = await FileLibrary.open(root);
  const conference = await library.createConference({ title: 'SRE Days', starts: '2024-05-02' });
  const talk = await library.createTalk(conference.id, { title: 'Budgets' }, 'Notes.\n');
  const camera = await SlideCamera.open();
  const { src } = await library.saveAsset(
    talk.id,
    'slide.jpg',
    await camera.shoot(slideHtml(FIXTURE_SLIDES[0]), { type: 'jpeg' }),
  );
  const empty = await library.saveAsset(
    talk.id,
    'empty.png',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
  );
  await camera.close();
  const doc = await library.readTalk(talk.id);
  await library.updateTalk(
    talk.id,
    { body: `Notes.\n\n![](${src})\n\n![](${empty.src})\n` },
    doc.revision,
  );
  await library.close();
}, 60_000);

afterAll(() => {
  if (previousData === undefined) delete process.env.CONFNOTES_DATA;
  else process.env.CONFNOTES_DATA = previousData;
});

describe('confnotes and slide photos', () => {
  it('reindex --no-slides reads no image; reindex reads them with progress on stderr; search finds their words', async () => {
    const skipped = await confnotes('reindex', '--library', root, '--no-slides', '--json');
    expect(skipped.code).toBe(0);
    expect(skipped.err).toBe('');
    expect(JSON.parse(skipped.out)).toMatchObject({ talks: 1, slides: { read: 0, skipped: 0 } });
    expect((await confnotes('search', '--library', root, 'burn rate')).out).toBe('No talks found.');

    const reindexed = await confnotes('reindex', '--library', root);
    expect(reindexed.code).toBe(0);
    expect(reindexed.err).toMatch(/^slides: 1\/2 read\n/);
    expect(reindexed.err).toMatch(
      /slides: 2\/2 read skipped assets\/budgets-01\.png: not an image/,
    );
    expect(reindexed.out).toMatch(
      /^Indexed 1 talks, read 2 slide images \(1 skipped\) in [\d.]+ s\.$/,
    );

    const found = await confnotes('search', '--library', root, 'burn rate');
    expect(found.out).toMatch(/^Budgets {2}\(SRE Days\)/);
    expect(found.out).toContain('    on a slide (assets/budgets-01.jpg): ');
    expect(found.out).toContain('**Burn** **rate**');
    const json = JSON.parse(
      (await confnotes('search', '--library', root, '--json', 'in:slides', 'budgets')).out,
    ) as Array<{ slide?: string }>;
    expect(json.map((row) => row.slide)).toEqual(['assets/budgets-01.jpg']);

    // Read once: a second reindex finds nothing pending.
    const again = await confnotes('reindex', '--library', root, '--json');
    expect(again.err).toBe('');
    expect(JSON.parse(again.out)).toMatchObject({ slides: { read: 0, skipped: 0 } });
  }, 60_000);
});
