import { mkdir, open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_IMAGE_BYTES } from '../../../shared/noteImages';
import { importBench } from './importHelpers';

/** A file of `size` bytes without writing them (sparse where the disk allows). */
async function sized(path: string, size: number): Promise<void> {
  const file = await open(path, 'w');
  await file.truncate(size);
  await file.close();
}

describe('the one bound on an image a note may hold', () => {
  it('an import copies an image of exactly the bound and skips one a byte larger', async () => {
    const { dir, importer } = await importBench();
    const sources = join(dir, 'sources');
    await mkdir(sources);
    await sized(join(sources, 'fits.png'), MAX_NOTE_IMAGE_BYTES);
    await sized(join(sources, 'big.png'), MAX_NOTE_IMAGE_BYTES + 1);
    await writeFile(
      join(sources, 'talk.md'),
      '# A talk — Ana Medina\n\n![fits](fits.png)\n\n![big](big.png)\n',
    );

    const report = await importer.run({ paths: [sources] });

    expect(report.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^image big\.png: larger than 30 MB/) as string,
    ]);
    const assets = await readdir(join(dir, 'library'), { recursive: true });
    expect(assets.map(String).filter((p) => p.endsWith('.png'))).toHaveLength(1);
  });

  it('the editor refuses to save an image a byte larger than the bound', async () => {
    const { library } = await importBench();
    const conference = await library.createConference({ title: 'Conf', starts: '2026-05-01' });
    const talk = await library.createTalk(conference.id, { title: 'A talk' });
    await expect(
      library.saveAsset(talk.id, 'big.png', new Uint8Array(MAX_NOTE_IMAGE_BYTES + 1)),
    ).rejects.toThrow(/larger than 30 MB/);
  });
});
