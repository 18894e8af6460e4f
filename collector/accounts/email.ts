/**
 * A staff member's email address is their sign-in name. It is kept trimmed and in lower case, so `Ana@Practice.example`
 * and `ana@practice.example` are one account however it is typed.
 */
export const MAX_EMAIL_LENGTH = 254;

// Deliberately loose (one @, something on each side, a dot in the domain, no spaces): the address is a name to sign
// in with, not something this check could prove deliverable.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function normalizeEmail(typed: string): string {
  return typed.trim().toLowerCase();
}

/** What is wrong with an address, in words; undefined when it will do. */
export function emailProblem(typed: string): string | undefined {
  const email = normalizeEmail(typed);
  if (email === '') return 'An email address is needed, such as ana@smiledental.example.';
  if (email.length > MAX_EMAIL_LENGTH) return `An email address has at most ${MAX_EMAIL_LENGTH} characters.`;
  if (!EMAIL.test(email)) return `"${typed.trim()}" is not an email address (such as ana@smiledental.example).`;
  return undefined;
}
