import { translations } from '@zxcvbn-ts/language-en';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../shared/messages.js';
import { judgePassword } from './password-strength.js';

// The reasons a weak password is refused are zxcvbn's feedback keys, shown in our own words. The
// English language package lists every key the estimator can give; each must have a text in
// shared/messages.ts, or the form would leave that reason out.

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('the reasons a password is too weak', () => {
  it('has a Dutch and English text for every warning and suggestion zxcvbn can give', () => {
    const keys = [
      ...Object.keys(translations.warnings).map((k) => `password.warning.${snake(k)}`),
      ...Object.keys(translations.suggestions).map((k) => `password.suggestion.${snake(k)}`),
    ];
    expect(keys.length).toBeGreaterThan(25);
    expect(keys.filter((k) => !Object.hasOwn(MESSAGES, k))).toEqual([]);
  });

  it('gives at least one reason, in the catalogue, for a keyboard row and a common password', async () => {
    for (const password of ['qwertyuiopasdf', 'password1234']) {
      const verdict = await judgePassword(password, []);
      expect(verdict.ok, password).toBe(false);
      expect(verdict.reasons.length, password).toBeGreaterThan(0);
      expect(verdict.reasons.every((r) => Object.hasOwn(MESSAGES, r))).toBe(true);
    }
  });
});
