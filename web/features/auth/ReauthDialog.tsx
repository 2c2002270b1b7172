import { Alert, Anchor, Button, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.js';
import { useLocale } from '../../lib/useLocale.js';

/**
 * Shown in place when the session ends while the user works: they sign in again as the same
 * person, the page stays as it was (typed text included), and the request that failed is sent again.
 */
export function ReauthDialog({
  opened,
  email,
  signIn,
  onGiveUp,
}: {
  opened: boolean;
  email: string;
  signIn: (password: string) => Promise<void>;
  onGiveUp: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) return;
    setBusy(true);
    setError(undefined);
    try {
      await signIn(password);
      setPassword('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('accounts.reauth.title')}
      zIndex={1000}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fz="sm">{t('accounts.reauth.intro')}</Text>
          {error ? (
            <Alert color="red" variant="light" role="alert">
              <Text fz="sm" c="dark.9">
                {errorMessage(error, locale)}
              </Text>
            </Alert>
          ) : null}
          <TextInput label={t('accounts.reauth.email')} value={email} readOnly autoComplete="username" />
          <PasswordInput
            label={t('accounts.reauth.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password"
            data-autofocus
            visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
          />
          <Button type="submit" loading={busy}>
            {t('accounts.reauth.submit')}
          </Button>
          <Anchor component="button" type="button" fz="sm" onClick={onGiveUp} ta="left">
            {t('accounts.reauth.elsewhere')}
          </Anchor>
        </Stack>
      </form>
    </Modal>
  );
}
