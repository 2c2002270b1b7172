import { Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../shared/accounts.js';
import { account } from '../../api/accounts.js';
import { ApiError } from '../../api/client.js';
import { FormError } from '../../components/FormError.js';
import { messageForKey } from '../../lib/errors.js';
import { PasswordField } from './PasswordField.js';

/** The current password and a new one; the server ends every other session. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [missing, setMissing] = useState<{ current?: string; next?: string }>({});
  const change = useMutation({
    mutationFn: () => account.changePassword({ currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      void queryClient.invalidateQueries({ queryKey: ['sessions'] });
      onChanged();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      current: current ? undefined : 'validation.required',
      next: next.length >= PASSWORD_MIN_LENGTH ? undefined : 'validation.password_short',
    };
    setMissing(problems);
    if (!problems.current && !problems.next) change.mutate();
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
          error={currentError ? messageForKey(t, currentError) : undefined}
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
