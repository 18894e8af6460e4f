/**
 * What a new staff password must be: at least 12 characters, not one of the passwords people pick most often
 * (common-passwords.txt, whose source common-passwords.md names), and not the person's own email address. No rules
 * about digits or symbols: length and not-common is what makes a password hard to guess (NIST SP 800-63B).
 */
import { readFileSync } from 'node:fs';

export const MIN_PASSWORD_LENGTH = 12;
/** Far beyond any real password; stops a megabyte "password" from reaching the hash. */
export const MAX_PASSWORD_LENGTH = 1024;

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}

/** Which rule a new password breaks, for words in any language (the staff pages' are in staff-pages/words/). */
export type PasswordFault =
  { rule: 'too-short'; length: number } | { rule: 'too-long' } | { rule: 'common' } | { rule: 'email' };

/** The rule a new password breaks; undefined when it will do. */
export function passwordFault(password: string, email?: string): PasswordFault | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return { rule: 'too-short', length };
  if (length > MAX_PASSWORD_LENGTH) return { rule: 'too-long' };
  if (isCommonPassword(password)) return { rule: 'common' };
  const lowered = password.trim().toLowerCase();
  const address = email?.trim().toLowerCase();
  if (address && (lowered === address || lowered === address.split('@')[0])) return { rule: 'email' };
  return undefined;
}

/** A broken rule in English words, for the person choosing the password. */
export function passwordFaultWords(fault: PasswordFault): string {
  switch (fault.rule) {
    case 'too-short':
      return `The password must have at least ${MIN_PASSWORD_LENGTH} characters (this one has ${fault.length}).`;
    case 'too-long':
      return `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
    case 'common':
      return 'That password is on the list of the most common passwords, which are guessed first: choose another.';
    case 'email':
      return 'The password must not be the email address: choose another.';
  }
}

/** What is wrong with a new password, in words for the person choosing it; undefined when it will do. */
export function passwordProblem(password: string, email?: string): string | undefined {
  const fault = passwordFault(password, email);
  return fault && passwordFaultWords(fault);
}
