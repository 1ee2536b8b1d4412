/**
 * Where the sync token comes from. The app keeps it encrypted with
 * Electron's safeStorage (electron/shell/tokenVault.ts); the command line
 * reads it from CONFNOTES_SYNC_TOKEN. Neither ever writes it in clear to the
 * library, its repository's config or the settings.
 */
export interface SyncCredentials {
  readonly kind: 'stored' | 'environment';
  token(remote: string): Promise<string | undefined>;
  /** Keeps (or with null forgets) the token for a remote; throws where the source is read-only. */
  store(remote: string, token: string | null): Promise<void>;
}

export const TOKEN_VARIABLE = 'CONFNOTES_SYNC_TOKEN';

/** Hosts on this machine, which plain http:// may reach (a local test or mirror server). */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function environmentCredentials(env: NodeJS.ProcessEnv = process.env): SyncCredentials {
  return {
    kind: 'environment',
    token: async () => env[TOKEN_VARIABLE] || undefined,
    store: async () => {
      throw new Error(
        `The command line reads the sync token from ${TOKEN_VARIABLE}; set it there.`,
      );
    },
  };
}

/** Where a person gives the token a remote asks for, said in a sync's message. */
export function tokenWhere(kind: SyncCredentials['kind']): string {
  return kind === 'environment'
    ? `Set ${TOKEN_VARIABLE} to an access token for it.`
    : 'Give an access token for it in Preferences → History and sync.';
}

/** Tokens kept in memory only (the preview; tests), seeded from the environment when set. */
export function memoryCredentials(env: NodeJS.ProcessEnv = process.env): SyncCredentials {
  const tokens = new Map<string, string>();
  return {
    kind: 'stored',
    token: async (remote) => tokens.get(remote) ?? (env[TOKEN_VARIABLE] || undefined),
    store: async (remote, token) => {
      if (token) tokens.set(remote, token);
      else tokens.delete(remote);
    },
  };
}

/**
 * A remote URL as people paste it (`https://user:token@host/repo.git`) split
 * into the URL kept in the repository's config (the user name stays, the
 * password never) and the token found in it, if any.
 */
export function splitRemoteUrl(raw: string): { url: string; token?: string } {
  const parsed = URL.parse(raw.trim());
  if (!parsed) throw new Error(`"${raw.trim()}" is not a URL: give an https:// URL.`);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`${parsed.protocol}// remotes are not supported: give an https:// URL.`);
  }
  // Plain http would carry the token in clear across the network; on this machine it stays here.
  if (parsed.protocol === 'http:' && !LOOPBACK.test(parsed.hostname)) {
    throw new Error(
      `http:// would send your token in clear to ${parsed.host}: give its https:// URL.`,
    );
  }
  const token = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  return { url: parsed.toString(), ...(token ? { token } : {}) };
}
