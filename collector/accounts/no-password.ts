/**
 * The password hash of an account added in the console before its person has chosen a password (or after an admin
 * made a new set-up link): `!`, which no scrypt hash can equal (password-hash.ts parses none from it), so nobody can
 * sign in with any password until the set-up link is used.
 */
export const NO_PASSWORD = '!';

export function hasPassword(passwordHash: string): boolean {
  return passwordHash !== NO_PASSWORD;
}
