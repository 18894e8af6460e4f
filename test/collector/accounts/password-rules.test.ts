import { describe, expect, it } from 'vitest';
import { isCommonPassword, passwordProblem } from '../../../collector/accounts/password-rules.js';

describe('new passwords', () => {
  it('needs at least 12 characters, counted as a person counts them', () => {
    expect(passwordProblem('short pw 11')).toBe('The password must have at least 12 characters (this one has 11).');
    expect(passwordProblem('Zahnärztin 😀')).toBeUndefined();
    expect(passwordProblem('😀😀😀😀😀😀')).toMatch(/has 6\)/);
  });

  it('refuses the most common passwords whatever their case', () => {
    for (const common of ['passwordpassword', 'PasswordPassword', '123456789012', 'qwertyuiopasdfghjkl']) {
      expect(isCommonPassword(common)).toBe(true);
      expect(passwordProblem(common)).toMatch(/most common passwords/);
    }
    expect(passwordProblem('wombat lantern seventy')).toBeUndefined();
  });

  it('refuses the email address as the password', () => {
    expect(passwordProblem('ana.lopez.front@smiledental.example', 'Ana.Lopez.Front@smiledental.example')).toMatch(
      /email address/,
    );
    expect(passwordProblem('ana.lopez.front', 'ana.lopez.front@smiledental.example')).toMatch(/email address/);
  });

  it('refuses a password of more than 1024 characters', () => {
    expect(passwordProblem('x'.repeat(1025))).toMatch(/at most 1024/);
  });
});
