import type { PfErrorCode } from '../events.js';

/**
 * A mistake in how the page set the element up. `message` is for the practice's web person: it says what to fix,
 * because a blank box on a practice website is invisible to the people who could repair it.
 */
export interface ConfigurationProblem {
  readonly code: PfErrorCode;
  readonly message: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The endpoint as an absolute URL, or the problem with it. Relative paths (`/api/feedback`) are allowed so a kiosk
 * served by the collector can post to its own origin; anything else must be a full http(s) URL.
 */
export function checkEndpoint(tag: string, endpoint: string | undefined, base: string): { url: string } | ConfigurationProblem {
  const value = (endpoint ?? '').trim();
  if (!value) {
    return {
      code: 'missing-endpoint',
      message: `<${tag}>: the "endpoint" attribute is missing. Add endpoint="https://…" — the URL that receives submissions.`,
    };
  }
  const relative = /^(\/|\.\.?\/)/.test(value);
  let url: URL;
  try {
    url = relative ? new URL(value, base) : new URL(value);
  } catch {
    return invalid(tag, value, 'it is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return invalid(tag, value, 'it must start with https://');
  const pageIsSecure = base.startsWith('https:');
  // Browsers block http requests from https pages (mixed content), so this could never deliver.
  if (pageIsSecure && url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return invalid(tag, value, 'this page is served over https, so the endpoint must use https:// too');
  }
  return { url: url.href };
}

function invalid(tag: string, value: string, why: string): ConfigurationProblem {
  return {
    code: 'invalid-endpoint',
    message: `<${tag}>: the "endpoint" attribute "${value}" cannot be used: ${why}. Set endpoint="https://…" to the URL that receives submissions.`,
  };
}

export function isProblem(x: unknown): x is ConfigurationProblem {
  return typeof x === 'object' && x !== null && 'code' in x && 'message' in x;
}
