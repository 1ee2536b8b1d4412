/**
 * The renderer's Content-Security-Policy, written once. Main sends it as a
 * response header on everything it serves; the renderer's index.html carries
 * it as a meta tag too (CONTENT_SECURITY_POLICY_META), so a page loaded some
 * other way is still locked down.
 *
 * Scripts come only from the app's own origin: no inline script, no eval, no
 * remote code. Images may come from the library through the asset protocol
 * (and data:/blob: for a pasted image before it is saved), never from the web.
 * Inline styles stay allowed because the editor positions and sizes elements
 * with style attributes; styles cannot run code.
 *
 * Kept as one literal so security scanners (Electronegativity) can read it.
 */
// prettier-ignore
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' confnotes-asset: data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; media-src 'none'; object-src 'none'; frame-src 'none'; child-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Directives browsers ignore (with a console warning) when the policy comes from a meta tag. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy split into [directive, value] pairs, for checks and tests. */
export function cspDirectives(policy: string = CONTENT_SECURITY_POLICY): Array<[string, string]> {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const space = part.indexOf(' ');
      return space < 0 ? [part, ''] : [part.slice(0, space), part.slice(space + 1).trim()];
    });
}

/** The same policy for `<meta http-equiv="Content-Security-Policy">`. */
export const CONTENT_SECURITY_POLICY_META = cspDirectives()
  .filter(([name]) => !HEADER_ONLY.has(name))
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
