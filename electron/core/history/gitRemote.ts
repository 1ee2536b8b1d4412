import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import type { SyncProblem } from '../../../shared/history';
import { refsLast } from './gitFs';
import type { GitRepo } from './gitRepo';

export class SyncError extends Error {
  constructor(
    readonly problem: SyncProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export interface RemoteAccess {
  url: string;
  /** The token (a password) the server asks for; none for a server that asks nothing. */
  token?: string;
}

/** The remote's host and path, for messages (never a credential). */
export function remoteLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`.replace(/\/$/, '');
  } catch {
    return url;
  }
}

function auth(access: RemoteAccess) {
  const user = (() => {
    try {
      return decodeURIComponent(new URL(access.url).username);
    } catch {
      return '';
    }
  })();
  return {
    onAuth: () =>
      access.token ? { username: user || 'confnotes', password: access.token } : undefined,
    // A token refused once is refused: one clear message, no loop of retries.
    onAuthFailure: () => ({ cancel: true }),
  };
}

/** Brings the remote branch's commits in; returns its tip, or null when the remote has no such branch yet. */
export async function fetchBranch(
  repo: GitRepo,
  access: RemoteAccess,
  branch: string,
): Promise<string | null> {
  try {
    const refs = await git.listServerRefs({
      http,
      url: access.url,
      prefix: `refs/heads/${branch}`,
      ...auth(access),
    });
    const tip = refs.find((ref) => ref.ref === `refs/heads/${branch}`)?.oid;
    if (!tip) return null;
    // Nothing new there (their tip is a commit we have): no fetch, which costs a negotiation.
    if (await repo.hasCommit(tip)) return tip;
    const result = await refsLast(repo.gitdir, () =>
      git.fetch({
        ...repo.base,
        http,
        url: access.url,
        remote: 'origin',
        ref: branch,
        remoteRef: branch,
        singleBranch: true,
        tags: false,
        ...auth(access),
      }),
    );
    return result.fetchHead ?? null;
  } catch (error) {
    throw explain(error, access);
  }
}

export async function pushBranch(
  repo: GitRepo,
  access: RemoteAccess,
  branch: string,
): Promise<void> {
  try {
    const result = await git.push({
      ...repo.base,
      http,
      url: access.url,
      remote: 'origin',
      ref: branch,
      remoteRef: branch,
      ...auth(access),
    });
    if (!result.ok) throw new SyncError('rejected', result.error ?? 'The remote refused the push.');
  } catch (error) {
    throw explain(error, access);
  }
}

const OFFLINE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EPIPE',
]);

/** Turns what isomorphic-git and the network throw into a SyncError a person can act on. */
function explain(error: unknown, access: RemoteAccess): Error {
  if (error instanceof SyncError) return error;
  const where = remoteLabel(access.url);
  const e = error as { code?: string; data?: { statusCode?: number }; cause?: { code?: string } };
  const status = e.data?.statusCode;
  if (e.code === 'UserCanceledError' || status === 401 || status === 403) {
    // No token was sent: nothing was refused, one is missing (where to give it: the service says).
    if (!access.token) return new SyncError('auth', `${where} asks for a token, and none is set.`);
    return new SyncError(
      'auth',
      `${where} refused the token: check it (and that it may read and write this repository).`,
    );
  }
  if (e.code === 'PushRejectedError') {
    return new SyncError('rejected', `${where} moved on while this sync ran; sync again.`);
  }
  const errno = e.code && OFFLINE.has(e.code) ? e.code : e.cause?.code;
  if (errno && OFFLINE.has(errno)) return new SyncError('offline', `${where} cannot be reached.`);
  if (
    status === 404 ||
    e.code === 'SmartHttpError' ||
    e.code === 'UrlParseError' ||
    e.code === 'UnknownTransportError' ||
    e.code === 'HttpError'
  ) {
    return new SyncError(
      'not-a-repository',
      `${where} is not a git repository Confnotes can reach (${(error as Error).message}).`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
