import { Button, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../shared/accounts.js';
import { type MessageKey, messageText } from '../../../shared/messages.js';
import { ApiError } from '../../api/client.js';
import { FormError } from '../../components/FormError.js';
import { useLocale } from '../../lib/useLocale.js';
import { PasswordField } from './PasswordField.js';
import { useChangePassword } from './queries.js';

/** The current password and a new one; the server ends every other session. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [missing, setMissing] = useState<{ current?: MessageKey; next?: MessageKey }>({});
  const change = useChangePassword();

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      current: current ? undefined : ('validation.required' as const),
      next: next.length >= PASSWORD_MIN_LENGTH ? undefined : ('validation.password_short' as const),
    };
    setMissing(problems);
    if (problems.current || problems.next) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          onChanged();
        },
      },
    );
  }

  const server = change.error instanceof ApiError ? change.error : null;
  const currentError = missing.current ?? server?.messagesFor('currentPassword')[0];
  const hasFieldErrors = !!(missing.current || missing.next || server?.problem.errors?.length);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={440}>
        <FormError error={change.error} hasFieldErrors={hasFieldErrors} />
        <PasswordInput
          label={t('accounts.me.currentPassword')}
          name="currentPassword"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={currentError ? messageText(currentError, locale) : undefined}
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
          visibilityToggleFocusable
        />
        <PasswordField
          label={t('accounts.me.newPassword')}
          name="newPassword"
          value={next}
          onChange={setNext}
          error={change.error}
          clientError={missing.next}
        />
        <div>
          <Button type="submit" loading={change.isPending}>
            {t('accounts.me.changePassword')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
