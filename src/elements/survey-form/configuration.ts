import type { PfErrorCode } from '../events.js';

/**
 * A mistake in how the page set the element up. `message` is for the practice's web person: it says what to fix,
 * because a blank box on a practice website is invisible to the people who could repair it.
 */
export interface ConfigurationProblem {
  readonly code: PfErrorCode;
  readonly message: string;
}

export const isProblem = (x: unknown): x is ConfigurationProblem =>
  !!x && typeof x === 'object' && 'code' in x && 'message' in x;

/** `checkEndpoint` for one element, worked out again only when its endpoint changes (it is asked on every render). */
export function endpointChecker(tag: string): (endpoint: string | undefined) => { url: string } | ConfigurationProblem {
  let last: [string | undefined, { url: string } | ConfigurationProblem] | undefined;
  return (endpoint) =>
    last && last[0] === endpoint ? last[1] : (last = [endpoint, checkEndpoint(tag, endpoint, document.baseURI)])[1];
}

/**
 * The endpoint as an absolute URL, or the problem with it. Relative paths (`/api/feedback`) are allowed so a kiosk
 * served by the collector can post to its own origin; anything else must be a full http(s) URL.
 */
export function checkEndpoint(
  tag: string,
  endpoint: string | undefined,
  base: string,
): { url: string } | ConfigurationProblem {
  const value = (endpoint ?? '').trim();
  const set = ' Set endpoint="https://…" to the URL that receives submissions.';
  if (!value)
    return {
      code: 'missing-endpoint',
      message: `<${tag}>: the "endpoint" attribute is missing. Add endpoint="https://…" — the URL that receives submissions.`,
    };
  const invalid = (why: string): ConfigurationProblem => ({
    code: 'invalid-endpoint',
    message: `<${tag}>: the "endpoint" attribute "${value}" cannot be used: ${why}.${set}`,
  });
  let url: URL;
  try {
    url = /^\.{0,2}\//.test(value) ? new URL(value, base) : new URL(value);
  } catch {
    return invalid('it is not a valid URL');
  }
  if (!/^https?:$/.test(url.protocol)) return invalid('it must start with https://');
  // Browsers block http requests from https pages (mixed content), so this could never deliver.
  if (
    base.startsWith('https:') &&
    url.protocol === 'http:' &&
    !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  ) {
    return invalid('this page is served over https, so the endpoint must use https:// too');
  }
  return { url: url.href };
}
