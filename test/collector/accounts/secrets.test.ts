import { describe, expect, it } from 'vitest';
import {
  csrfTokenFor,
  csrfTokenMatches,
  looksLikeApiToken,
  looksLikeSessionId,
  newApiToken,
  newSessionId,
  sha256,
} from '../../../collector/accounts/secrets.js';
import { emailProblem, normalizeEmail } from '../../../collector/accounts/email.js';

describe('tokens and session ids', () => {
  it('makes API tokens that say what they are and keeps only their hash', () => {
    const token = newApiToken();
    expect(token.secret).toMatch(/^pft_[A-Za-z0-9_-]{43}$/);
    expect(looksLikeApiToken(token.secret)).toBe(true);
    expect(token.hash).toBe(sha256(token.secret));
    expect(token.hash).not.toContain(token.secret.slice(4));
    expect(newApiToken().secret).not.toBe(token.secret);
  });

  it('makes 256-bit session ids', () => {
    const session = newSessionId();
    expect(Buffer.from(session.secret, 'base64url')).toHaveLength(32);
    expect(looksLikeSessionId(session.secret)).toBe(true);
    expect(looksLikeSessionId('not a session')).toBe(false);
    expect(session.hash).toBe(sha256(session.secret));
  });

  it('ties a CSRF token to its session', () => {
    const one = newSessionId().secret;
    const two = newSessionId().secret;
    expect(csrfTokenMatches(one, csrfTokenFor(one))).toBe(true);
    expect(csrfTokenMatches(one, csrfTokenFor(two))).toBe(false);
    expect(csrfTokenMatches(one, undefined)).toBe(false);
    expect(csrfTokenMatches(one, '')).toBe(false);
    expect(csrfTokenFor(one)).not.toContain(one);
  });
});

describe('email addresses', () => {
  it('are one account however they are typed', () => {
    expect(normalizeEmail('  Ana@SmileDental.Example ')).toBe('ana@smiledental.example');
  });

  it('say what is wrong with an address', () => {
    expect(emailProblem('ana@smiledental.example')).toBeUndefined();
    expect(emailProblem('')).toMatch(/needed/);
    expect(emailProblem('ana')).toBe('"ana" is not an email address (such as ana@smiledental.example).');
    expect(emailProblem('ana@localhost')).toMatch(/not an email/);
    expect(emailProblem('ana smith@x.example')).toMatch(/not an email/);
    expect(emailProblem(`${'a'.repeat(250)}@x.example`)).toMatch(/at most 254/);
  });
});
