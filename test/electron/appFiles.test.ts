import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { createAppFileHandler } from '../../electron/shell/appFiles';

let base: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'confnotes-appfiles-'));
  const dist = path.join(base, 'dist', 'renderer');
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Confnotes</title>');
  await writeFile(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.js'), 'stolen()');
  await symlink(path.join(base, 'secret.js'), path.join(dist, 'assets', 'link.js'));
  serve = createAppFileHandler(dist);
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('the app protocol', () => {
  it('serves the renderer with the CSP header', async () => {
    const response = await serve(new Request('confnotes-app://renderer/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await serve(new Request('confnotes-app://renderer/assets/index-abc.js'));
    expect(await script.text()).toBe('console.log(1)');
  });

  it.each([
    'confnotes-app://renderer/%2e%2e/%2e%2e/secret.js',
    'confnotes-app://renderer/..%2F..%2Fsecret.js',
    'confnotes-app://renderer/assets/link.js',
    'confnotes-app://other/index.html',
    'confnotes-app://renderer/missing.js',
  ])('refuses %s', async (href) => {
    const response = await serve(new Request(href));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('stolen');
  });
});
