/**
 * The one rule for the link fields of talks and conferences (`video`,
 * `slides`, `page`, `url`): a web address, `http:` or `https:`, with a host
 * and no user name or password. Those fields come from schedules, feeds,
 * imported front matter and files edited outside the app, and they become
 * live links in the app and in published exports, so nothing else passes:
 * not `javascript:`, `data:`, `file:` or any other scheme.
 */
const MAX_LENGTH = 2048;

/** True when `value` may be a talk's or conference's link. Never throws. */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return false;
  // URL parsing drops surrounding spaces, and tabs or newlines inside: what is checked must be what is kept.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(value) || value.trim() !== value) return false;
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Why a link field was left out, in words for a report; the value is quoted, cut short. */
export function refusedUrlReason(field: string, value: unknown): string {
  const shown = JSON.stringify(String(value).slice(0, 80));
  return `its ${field} link ${shown} is not a web address (http:// or https://), so it was left out`;
}
