import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { messageText } from '../../../shared/messages.js';
import { useLocale } from '../../lib/useLocale.js';

/**
 * A new password with the rule under it; when the server finds it weak, the field says why and
 * what would help (zxcvbn's feedback in the user's language), all in the field's own error text.
 */
export function PasswordField({
  label,
  value,
  onChange,
  error,
  clientError,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** the last failed submit, whose messages for `name` are shown */
  error: unknown;
  /** a message key from the form's own check (too short) */
  clientError?: string;
  name: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const keys = clientError ? [clientError] : error instanceof ApiError ? error.messagesFor(name) : [];
  return (
    <PasswordInput
      label={label}
      name={name}
      description={t('accounts.password.description')}
      autoComplete="new-password"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={keys.length ? keys.map((key) => messageText(key, locale)).join(' ') : undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('accounts.password.show') }}
      visibilityToggleFocusable
    />
  );
}
