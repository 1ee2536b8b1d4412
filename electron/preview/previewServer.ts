import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { channelName } from '../../shared/ipc/define';
import { memoryCredentials } from '../core/history/credentials';
import { createCoreServices, type CoreOptions, type CoreServices } from '../core/services';
import { MemorySettings } from '../core/settings';
import { createDispatcher, type Dispatch } from '../handlers/dispatch';
import { forwardEvents } from '../handlers/events';
import { createHandlers, type HandlerHost } from '../handlers/index';
import { createAssetHandler } from '../shell/assetProtocol';
import { FlushCoordinator, type FlushOutcome } from '../shell/flush';
import { OpenLibrary } from '../shell/openLibrary';
import { ASSET_URL_PREFIX } from '../shell/protocols';
import { EventStream } from './eventStream';
import { COOKIE_NAME, cookieToken, hostAllowed, readBody, sameToken } from './requestGuard';
import { resolveUrlPath, sendFile } from './staticFiles';

/**
 * `npm run preview -- --library DIR [--port N]`: the renderer and the very
 * same main-process handlers over HTTP on 127.0.0.1, for development and the
 * end-to-end tests. Every request needs the random token printed with the
 * URL. A development tool, not a product mode.
 */
export interface PreviewOptions {
  libraryRoot: string;
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer; defaults to dist/renderer. */
  staticDir?: string;
  log?: (line: string) => void;
  /** Checkpoint timings (tests shorten them); the sync token is kept in memory, or read from CONFNOTES_SYNC_TOKEN. */
  history?: CoreOptions['history'];
  /**
   * The folder a person picks in Preferences' "Change library folder…" (the
   * app shows a dialog; the preview has none): tests pass it. Without it the
   * button only logs, and the library is the one given at start.
   */
  chooseLibrary?: () => Promise<string | undefined>;
}

export interface PreviewServer {
  /** The page's URL, token included. */
  url: string;
  origin: string;
  token: string;
  services: CoreServices;
  /**
   * What the app's main process sends before a window closes or the app
   * quits: `app.onFlushRequest` to every open page, resolved by the first
   * page's `app.flushed` answer, or after the timeout.
   */
  requestFlush(timeoutMs?: number): Promise<FlushOutcome>;
  close(): Promise<void>;
}

const DEFAULT_STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
/** Assets arrive base64-encoded: 40 MB of base64 plus the JSON around it. */
const BODY_LIMIT = 60_000_000;

export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  const staticDir = resolve(options.staticDir ?? DEFAULT_STATIC);
  const token = randomBytes(24).toString('base64url');
  const openServices = async (libraryRoot: string) => {
    const services = await createCoreServices({
      libraryRoot,
      dataDir: options.dataDir,
      credentials: memoryCredentials(),
      history: options.history,
    });
    await services.library.watch();
    return services;
  };
  const firstServices = await openServices(options.libraryRoot);
  const events = new EventStream();
  const assets = createAssetHandler(() => opened.services.library);
  // Set once the port is known (the asset URL needs it); no request arrives before.
  const routes: { dispatch?: Dispatch } = {};
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`preview: ${request.method} ${request.url}: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('Internal error');
    });
  });

  const refuse = (response: ServerResponse, status: number, text: string) =>
    void response.writeHead(status, { 'content-type': 'text/plain' }).end(text);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostAllowed(request, port)) return refuse(response, 403, 'Forbidden host');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const path = url.pathname;
    if (path.startsWith('/api/')) {
      if (request.method !== 'POST') return refuse(response, 405, 'POST only');
      if (!sameToken(request.headers['x-confnotes-token'] as string | undefined, token)) {
        return refuse(response, 403, 'Forbidden');
      }
      let input: unknown;
      try {
        input = JSON.parse((await readBody(request, BODY_LIMIT)) || '{}');
      } catch (error) {
        return refuse(response, 400, `Bad request: ${String(error)}`);
      }
      const envelope = await routes.dispatch!(
        decodeURIComponent(path.slice('/api/'.length)),
        input,
      );
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return void response.end(JSON.stringify(envelope));
    }
    if (path === '/events') {
      if (!sameToken(url.searchParams.get('token'), token))
        return refuse(response, 403, 'Forbidden');
      return events.attach(response);
    }
    if (path.startsWith('/asset/')) return serveAsset(path, response);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(response, 405, 'GET only');
    const queryToken = url.searchParams.get('token');
    if (!sameToken(queryToken, token) && !sameToken(cookieToken(request), token)) {
      return refuse(response, 403, 'Forbidden: open the URL the preview server printed.');
    }
    const file = resolveUrlPath(staticDir, path === '/' ? '/index.html' : path);
    if (!file) return refuse(response, 404, 'Not found');
    const cookie = `${COOKIE_NAME}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    // The same policy the app's protocol sends, as a header too (frame-ancestors works only there).
    return sendFile(response, file, {
      'content-security-policy': CONTENT_SECURITY_POLICY,
      ...(queryToken ? { 'set-cookie': cookie } : {}),
    });
  }

  /**
   * `/asset/<token>/<noteId>/<encoded src>`: an image of a note, served by
   * the app's own asset handler (electron/shell/assetProtocol.ts): images
   * only, checked twice to be inside the library, errors that name no path.
   */
  async function serveAsset(path: string, response: ServerResponse): Promise<void> {
    const [, , given, ...rest] = path.split('/');
    if (!sameToken(given, token)) return refuse(response, 403, 'Forbidden');
    const answer = await assets(new Request(`${ASSET_URL_PREFIX}${rest.join('/')}`));
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const settings = new MemorySettings({ libraryPath: options.libraryRoot });
  const flushes = new Set<FlushCoordinator>();
  const requestFlush = async (timeoutMs = 2000) => {
    const flush = new FlushCoordinator((requestId) => {
      events.send(channelName('app', 'onFlushRequest'), { requestId });
      return true;
    }, timeoutMs);
    flushes.add(flush);
    return flush.request().finally(() => flushes.delete(flush));
  };
  const host: HandlerHost = {
    settings,
    // A development tool, like the CLI: calls may name paths. The page has no native
    // dialog, so its bridge asks in a prompt and sends what was typed (renderer/bridge).
    rawPaths: 'accept',
    chooseFiles: async (request) => (request.typed ? [resolve(request.typed)] : null),
    get libraryPath() {
      return opened.services.library.root;
    },
    assetUrl: `${origin}/asset/${token}/`,
    platform: process.platform,
    openExternal: async (link) => {
      log(`preview: not opening ${link} (the preview opens no external programs)`);
      return false;
    },
    chooseLibrary: async () => {
      if (!options.chooseLibrary)
        return log('preview: the library is chosen with --library when the preview starts');
      const chosen = await options.chooseLibrary();
      // As in the app: the window saves its open note into the old library first (openLibrary.ts).
      if (chosen && (await opened.switchTo(resolve(chosen))))
        settings.set('libraryPath', resolve(chosen));
    },
    flushed: (requestId, saved) => flushes.forEach((flush) => flush.acknowledge(requestId, saved)),
  };
  const opened = new OpenLibrary(firstServices, {
    flush: () => requestFlush(),
    open: openServices,
    connect: (services) => {
      routes.dispatch = createDispatcher(createHandlers(services, host), (error, channel) =>
        log(`preview: ${channel}: ${String(error)}`),
      );
      // As the app does: build the search index in its worker now, not on the first query.
      void services.search
        .start()
        .catch((error: unknown) => log(`preview: search index: ${String(error)}`));
      void services.slides
        .start()
        .catch((error: unknown) => log(`preview: slide reader: ${String(error)}`));
      return forwardEvents(services, (channel, payload) => events.send(channel, payload));
    },
  });

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    get services() {
      return opened.services;
    },
    requestFlush,
    async close() {
      events.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await opened.close();
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { library: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' } },
  });
  if (!values.library) {
    console.error('usage: npm run preview -- --library DIR [--port N] [--data DIR]');
    process.exit(2);
  }
  const port = values.port ? Number(values.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, not ${values.port}`);
    process.exit(2);
  }
  const preview = await startPreviewServer({
    libraryRoot: resolve(values.library),
    dataDir: resolve(values.data ?? join(tmpdir(), 'confnotes-preview-data')),
    port,
  });
  console.log(preview.url);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
