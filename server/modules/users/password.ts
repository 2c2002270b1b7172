import { AppError } from '../../http/errors.js';
import { judgePassword } from '../../lib/password-strength.js';

/**
 * Refuses a new password that is common or guessable, with the reasons as field errors on `path`
 * (first `password.too_weak`, then what makes it weak and what would help), so the form can show them.
 */
export async function requireStrongPassword(password: string, path: string, personal: (string | null | undefined)[]): Promise<void> {
  const verdict = await judgePassword(password, personal);
  if (verdict.ok) return;
  throw new AppError(
    'invalid_input',
    'password.too_weak',
    (['password.too_weak', ...verdict.reasons] as const).map((message) => ({ path, message })),
  );
}
