/**
 * What a practice and a location may be, checked before anything is stored (pure). A refusal names the field and
 * what would be right, so whoever typed it knows what to change.
 */
export type PracticeErrorCode = 'invalid' | 'duplicate' | 'unknown-practice' | 'unknown-location';

export class PracticeError extends Error {
  constructor(
    readonly code: PracticeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PracticeError';
  }
}

/** The `<id>` of `/api/feedback/p/<id>`: lower-case letters, digits and inner hyphens. */
export const PRACTICE_ID = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
export const MAX_NAME = 120;
export const MAX_PROMISE = 300;
export const MAX_LOCATION = 100;

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const CONTROL = /[\u0000-\u001f\u007f]/;

const invalid = (message: string) => new PracticeError('invalid', message);

export function checkPracticeId(typed: string): string {
  const id = typed.trim();
  if (!PRACTICE_ID.test(id)) {
    throw invalid(
      `A practice's id is 1 to 40 lower-case letters, digits and hyphens, such as north-clinic (got "${typed}"). ` +
        "It is part of the practice's address: /api/feedback/p/<id>.",
    );
  }
  return id;
}

export function checkName(typed: string, what = "A practice's name"): string {
  const name = typed.trim();
  if (name === '') throw invalid(`${what} cannot be empty.`);
  if (name.length > MAX_NAME) throw invalid(`${what} has at most ${MAX_NAME} characters.`);
  if (CONTROL.test(name)) throw invalid(`${what} cannot hold control characters.`);
  return name;
}

/** An IANA time zone name that this computer knows (`Europe/London`, `America/New_York`). */
export function checkTimeZone(typed: string): string {
  const zone = typed.trim();
  try {
    if (zone === '' || zone.length > 64) throw new RangeError();
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw invalid(`"${typed}" is not a time zone: use a name such as Europe/London or America/New_York.`);
  }
}

/** The follow-up promise patients read; blank means none. */
export function checkPromise(typed: string): string | null {
  const promise = typed.trim();
  if (promise === '') return null;
  if (promise.length > MAX_PROMISE) throw invalid(`The promise has at most ${MAX_PROMISE} characters.`);
  if (CONTROL.test(promise)) throw invalid('The promise cannot hold control characters.');
  return promise;
}

/** A website allowed to post from the browser: scheme, host and port only (`https://smiledental.example`). */
export function checkOrigin(typed: string): string {
  const raw = typed.trim().replace(/\/$/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid(`"${typed}" is not a website address: use one such as https://smiledental.example.`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash) {
    throw invalid(`A website is only scheme, host and port, such as https://smiledental.example (got "${typed}").`);
  }
  if (url.username || url.password) throw invalid(`A website address cannot hold a user name (got "${typed}").`);
  return url.origin;
}

/** A location's id is the `location` a tablet or page sends (`front-desk-tablet`), as sent. */
export function checkLocationId(typed: string): string {
  const id = typed.trim();
  if (id === '')
    throw invalid("A location's id cannot be empty: use what the tablet sends, such as front-desk-tablet.");
  if (id.length > MAX_LOCATION) throw invalid(`A location's id has at most ${MAX_LOCATION} characters.`);
  if (CONTROL.test(id)) throw invalid("A location's id cannot hold control characters.");
  return id;
}
