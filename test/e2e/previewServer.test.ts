import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/previewServer';

/** Raw HTTP, so the tests can send what a browser would not (another Host, no token). */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the preview server (a development tool on loopback, token required)', () => {
  let preview: PreviewServer;
  let scratch: string;
  let staticDir: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'confnotes-preview-'));
    staticDir = join(scratch, 'static');
    await import('node:fs/promises').then((fs) => fs.mkdir(staticDir));
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><p>page</p>');
    await writeFile(join(scratch, 'secret.txt'), 'not for the web');
    preview = await startPreviewServer({
      libraryRoot: join(scratch, 'library'),
      dataDir: join(scratch, 'data'),
      staticDir,
      log: () => {},
    });
  });
  afterAll(async () => {
    await preview?.close();
    await rm(scratch, { recursive: true, force: true });
  });

  const call = (
    channel: string,
    input: unknown,
    headers: Record<string, string> = { 'x-confnotes-token': preview.token },
  ) =>
    send(`${preview.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(input),
    });

  it('listens on 127.0.0.1 and serves the page with its token, with the CSP header', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    const page = await send(preview.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<p>page</p>');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('refuses every route without the token', async () => {
    expect((await send(`${preview.origin}/`)).status).toBe(403);
    expect((await send(`${preview.origin}/index.html?token=wrong`)).status).toBe(403);
    expect((await call('confnotes:library.list', {}, {})).status).toBe(403);
    expect(
      (await call('confnotes:library.list', {}, { 'x-confnotes-token': 'x'.repeat(32) })).status,
    ).toBe(403);
    expect((await send(`${preview.origin}/events`)).status).toBe(403);
    expect((await send(`${preview.origin}/asset/wrong/id/a.png`)).status).toBe(403);
  });

  it('refuses another Host header (DNS rebinding)', async () => {
    const res = await send(preview.url, {
      headers: { host: `evil.example:${new URL(preview.origin).port}` },
    });
    expect(res.status).toBe(403);
  });

  it('serves the same handlers, with the contract’s validation', async () => {
    const listed = await call('confnotes:library.list', {});
    expect(JSON.parse(listed.body)).toMatchObject({ ok: true, value: { conferences: [] } });
    const bad = JSON.parse(
      (await call('confnotes:library.readTalk', { id: '../../etc/passwd' })).body,
    ) as { ok: boolean; error: { code: string } };
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const unknown = JSON.parse((await call('confnotes:library.format', {})).body) as {
      ok: boolean;
      error: { code: string };
    };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('never serves files outside the built page or the library', async () => {
    const token = `?token=${preview.token}`;
    expect((await send(`${preview.origin}/..%2fsecret.txt${token}`)).status).toBe(404);
    expect((await send(`${preview.origin}/%2e%2e/secret.txt${token}`)).status).toBe(404);
    const { library } = preview.services;
    const conference = await library.createConference({ title: 'C' });
    const talk = await library.createTalk(conference.id, { title: 'T' });
    const { src } = await library.saveAsset(talk.id, 'slide.png', Buffer.from([1, 2, 3]));
    const asset = await send(
      `${preview.origin}/asset/${preview.token}/${talk.id}/${encodeURIComponent(src)}`,
    );
    expect(asset.status).toBe(200);
    const escape = await send(
      `${preview.origin}/asset/${preview.token}/${talk.id}/${encodeURIComponent('../../secret.txt')}`,
    );
    expect(escape.status).toBe(404);
    expect(escape.body).not.toContain('not for the web');
  });

  it('serves images only from /asset/, and its errors name no path on this machine', async () => {
    const { library } = preview.services;
    const conference = await library.createConference({ title: 'Asset Route Con' });
    const talk = await library.createTalk(conference.id, { title: 'T' });
    const folder = join(library.root, conference.folder);
    await writeFile(join(folder, 'notes.txt'), 'a text file, not an image');
    const asset = (src: string) =>
      send(`${preview.origin}/asset/${preview.token}/${talk.id}/${encodeURIComponent(src)}`);
    const text = await asset('notes.txt');
    expect(text.status).toBe(403);
    expect(text.body).not.toContain('a text file');
    for (const src of ['notes.txt', 'missing.png', '../../secret.txt', '/etc/passwd']) {
      const answer = await asset(src);
      expect(answer.status, src).toBeGreaterThanOrEqual(400);
      expect(answer.body, src).not.toContain(scratch);
      expect(answer.body, src).not.toContain(library.root);
    }
  });

  it('takes paths, as the CLI does, and turns a typed choice into a handle', async () => {
    const source = join(scratch, 'notes.md');
    await writeFile(source, '# Keynote\n\nNotes.\n');
    const byPath = JSON.parse((await call('confnotes:import.preview', { paths: [source] })).body);
    expect(byPath).toMatchObject({ ok: true });
    const chosen = JSON.parse(
      (await call('confnotes:files.choose', { purpose: 'import', typed: source })).body,
    ) as { ok: boolean; value: { handle: string; label: string } };
    expect(chosen.value.label).toBe(source);
    const byHandle = JSON.parse(
      (await call('confnotes:import.preview', { paths: [chosen.value.handle] })).body,
    );
    expect(byHandle).toEqual(byPath);
    // A handle serves its purpose only.
    const misused = JSON.parse(
      (await call('confnotes:schedule.preview', { path: chosen.value.handle })).body,
    );
    expect(misused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
