import { execFileSync, spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * A git smart-HTTP server on 127.0.0.1 for the sync tests: the real `git
 * http-backend` (CGI) behind a small Node server, serving the bare
 * repositories under `root`. With a `token`, every request needs HTTP
 * basic auth with that password, as GitHub and Gitea ask for theirs.
 */
export interface GitHttpServer {
  /** `http://127.0.0.1:PORT/NAME.git` for a repository under root. */
  url(name: string): string;
  /** Requests served, for tests that count them. */
  requests: number;
  close(): Promise<void>;
}

/** Makes an empty bare repository that accepts pushes over HTTP. */
export function bareRepository(root: string, name: string): string {
  const path = join(root, `${name}.git`);
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', path]);
  execFileSync('git', ['-C', path, 'config', 'http.receivepack', 'true']);
  return path;
}

export async function startGitHttpServer(
  root: string,
  options: { token?: string } = {},
): Promise<GitHttpServer> {
  const backend = execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim();
  const state = { requests: 0 };
  const server = createServer((request, response) => {
    state.requests++;
    if (options.token && !authorised(request, options.token)) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="confnotes-test"' });
      response.end('Authentication required');
      return;
    }
    serve(join(backend, 'git-http-backend'), root, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}.git`,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function authorised(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return false;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) === token;
}

/** Runs one CGI request through git http-backend and relays its answer. */
function serve(
  program: string,
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const child = spawn(program, [], {
    env: {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      REQUEST_METHOD: request.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: request.headers['content-type'] ?? '',
      ...(request.headers['content-length']
        ? { CONTENT_LENGTH: request.headers['content-length'] }
        : {}),
      HTTP_CONTENT_ENCODING: request.headers['content-encoding'] ?? '',
      GIT_PROTOCOL: (request.headers['git-protocol'] as string | undefined) ?? '',
      REMOTE_USER: 'confnotes',
      REMOTE_ADDR: '127.0.0.1',
    },
  });
  request.pipe(child.stdin);
  let head = Buffer.alloc(0);
  let headersDone = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersDone) {
      response.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end === -1) return;
    headersDone = true;
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'status') status = Number.parseInt(value, 10);
      else headers[name] = value;
    }
    response.writeHead(status, headers);
    response.write(head.subarray(end + 4));
  });
  child.stdout.on('end', () => response.end());
  child.on('error', () => {
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
}
