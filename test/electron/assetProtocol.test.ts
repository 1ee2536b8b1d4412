import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAssetHandler,
  parseAssetUrl,
  type AssetSource,
} from '../../electron/shell/assetProtocol';
import { ASSET_URL_PREFIX } from '../../electron/shell/protocols';
import { openTempCore } from './coreFixture';

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const SECRET = 'the contents of a file outside the library';

let core: Awaited<ReturnType<typeof openTempCore>>;
let talkId: string;
let savedSrc: string;

beforeAll(async () => {
  core = await openTempCore();
  const { library } = core.services;
  const conference = await library.createConference({ title: 'DevOpsDays', starts: '2023-06-01' });
  const talk = await library.createTalk(conference.id, { title: 'Chaos Testing' });
  talkId = talk.id;
  savedSrc = (await library.saveAsset(talkId, 'slide.png', PNG)).src;
  const outside = path.join(core.base, 'outside');
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(outside, 'secret.png'), SECRET);
  await writeFile(path.join(outside, 'passwd'), SECRET);
  // A symlink planted inside the library (say, by a synced folder) pointing out of it.
  const assets = path.join(core.libraryRoot, conference.folder, 'assets');
  await symlink(path.join(outside, 'secret.png'), path.join(assets, 'link-out.png'));
  await symlink(outside, path.join(assets, 'dir-out'));
});
afterAll(() => core.cleanup());

const url = (noteId: string, src: string) =>
  `${ASSET_URL_PREFIX}${noteId}/${encodeURIComponent(src)}`;
const get = (source: AssetSource, href: string) =>
  createAssetHandler(() => source)(new Request(href));

const hostile = [
  '../../outside/secret.png',
  '../../../outside/secret.png',
  'assets/../../../outside/secret.png',
  '..%2F..%2Foutside%2Fsecret.png',
  '/etc/passwd',
  `${'..\\'}..\\outside\\secret.png`,
  'file:///etc/passwd',
  'assets/link-out.png',
  'assets/dir-out/secret.png',
  'assets/slide.png\u0000.txt',
];

describe('the asset protocol over the real library', () => {
  it('serves an image a note references, as an image', async () => {
    const response = await get(core.services.library, url(talkId, savedSrc));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
  });

  it.each(hostile)('refuses %j', async (src) => {
    const response = await get(core.services.library, url(talkId, src));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses URLs that are not asset URLs', async () => {
    for (const href of [
      'confnotes-asset://elsewhere/x/y.png',
      `${ASSET_URL_PREFIX}not an id/slide.png`,
      `${ASSET_URL_PREFIX}${talkId}`,
      `${ASSET_URL_PREFIX}${talkId}/%E0%A4%A`,
    ]) {
      expect(parseAssetUrl(href), href).toBeNull();
    }
  });
});

describe('the asset protocol checks on its own, whatever the library resolves', () => {
  // A resolver that trusts its input, as a buggy library might: the
  // protocol's own realpath check must still refuse everything outside.
  const naive = (): AssetSource => ({
    root: core.libraryRoot,
    resolveAsset: async (_noteId, src) => path.resolve(core.libraryRoot, '2023-devopsdays', src),
  });

  it('still serves what is inside', async () => {
    const response = await get(naive(), url(talkId, savedSrc));
    expect(response.status).toBe(200);
  });

  it.each([
    '../../outside/secret.png',
    'assets/link-out.png',
    'assets/dir-out/secret.png',
    '/etc/passwd',
  ])('refuses %j', async (src) => {
    const response = await get(naive(), url(talkId, src));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('serves images only, even inside the library', async () => {
    const response = await get(naive(), url(talkId, '../.trash/../2023-devopsdays/conference.md'));
    expect(response.status).toBe(403);
  });
});
