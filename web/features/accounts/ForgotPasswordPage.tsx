import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { passwordResetInput, RESET_VALID_MINUTES } from '../../../shared/accounts.js';
import { PublicLayout } from '../../components/Layout.js';
import { errorMessage, translatedFieldErrors } from '../../lib/errors.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useLocale } from '../../lib/useLocale.js';
import { validate } from '../../lib/validation.js';
import { useRequestReset } from './queries.js';

/** `/reset`: ask for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [email, setEmail] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  useDocumentTitle(t('accounts.forgot.title'));
  const request = useRequestReset();

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(passwordResetInput, { email: email.trim() });
    setFieldErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) request.mutate(checked.value.email);
  }

  const fields = translatedFieldErrors(fieldErrors, locale);
  return (
    <PublicLayout>
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={480} mt="xl">
        <Stack gap="md">
          <Title order={1}>{t('accounts.forgot.title')}</Title>
          <div role="status">
            {request.isSuccess ? (
              <Alert color="green" variant="light">
                <Text fw={700} c="dark.9" mb={4}>
                  {t('accounts.forgot.sentTitle')}
                </Text>
                <Text fz="sm" c="dark.9">
                  {t('accounts.forgot.sent', { email: request.variables, minutes: RESET_VALID_MINUTES })}
                </Text>
              </Alert>
            ) : null}
          </div>
          {request.isSuccess ? null : (
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <Text c="dimmed" fz="sm">
                  {t('accounts.forgot.intro')}
                </Text>
                {request.error ? (
                  <Alert color="red" variant="light" role="alert">
                    <Text fz="sm" c="dark.9">
                      {errorMessage(request.error, locale)}
                    </Text>
                  </Alert>
                ) : null}
                <TextInput
                  label={t('accounts.forgot.email')}
                  type="email"
                  name="email"
                  autoComplete="username"
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  error={fields.email}
                />
                <Button type="submit" loading={request.isPending} size="md">
                  {t('accounts.forgot.submit')}
                </Button>
              </Stack>
            </form>
          )}
          <Anchor component={Link} to="/login" fz="sm" underline="always">
            {t('accounts.forgot.backToLogin')}
          </Anchor>
        </Stack>
      </Paper>
    </PublicLayout>
  );
}
