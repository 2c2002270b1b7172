import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { isMessageKey, type MessageKey } from '../../shared/messages.js';

/**
 * zxcvbn's score 3 means the password withstands about 10^8 guesses. Our passwords are hashed with
 * argon2id and sign-in is throttled, so that is out of reach online and costly offline; score 4
 * (10^10) would refuse many memorable passphrases and push people to write them down.
 */
export const MIN_SCORE = 3;

export interface PasswordVerdict {
  ok: boolean;
  score: number;
  /** why it is weak, as keys of shared/messages.ts: `password.warning.*` first, then `password.suggestion.*` */
  reasons: MessageKey[];
}

// The dictionaries take a moment to load and rank: done once, on the first password checked.
let estimator: Promise<ZxcvbnFactory> | undefined;

async function loadEstimator(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, en, nl] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-nl-be'),
  ]);
  // no `translations`: the feedback then comes as keys, which our own nl/en texts translate
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...nl.dictionary },
    graphs: common.adjacencyGraphs,
  });
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Judges a new password against common passwords, Dutch and English words and names, keyboard
 * patterns, dates and what is known about the person (their name, e-mail, organisation).
 */
export async function judgePassword(password: string, personal: (string | null | undefined)[]): Promise<PasswordVerdict> {
  estimator ??= loadEstimator();
  const zxcvbn = await estimator;
  const words = personal
    .filter((v): v is string => !!v)
    .flatMap((v) => [v, ...v.split(/[^\p{L}\p{N}]+/u)])
    .filter((v) => v.length >= 3);
  const result = zxcvbn.check(password, [...words, 'impact', 'monitor', 'erasmus']);
  // zxcvbn counts every extra part of a password as 10^4 guesses, so "karinjansen1" reaches score 3;
  // a password that is mostly the person's own name or address is refused all the same
  const personalChars = result.sequence.filter((m) => m.pattern === 'dictionary' && m.dictionaryName === 'userInputs').reduce((n, m) => n + m.token.length, 0);
  if (personalChars * 2 >= password.length) {
    return { ok: false, score: Math.min(result.score, 1), reasons: ['password.warning.user_inputs', 'password.suggestion.another_word'] };
  }
  const ok = result.score >= MIN_SCORE;
  const reasons = ok
    ? []
    : [
        ...(result.feedback.warning ? [`password.warning.${snake(result.feedback.warning)}`] : []),
        ...result.feedback.suggestions.map((s) => `password.suggestion.${snake(s)}`),
      ].filter(isMessageKey); // a reason a newer zxcvbn adds is left out until it has a text
  return { ok, score: result.score, reasons };
}
