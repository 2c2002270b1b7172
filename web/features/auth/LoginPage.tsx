import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { loginInput } from '../../../shared/schemas.js';
import { ApiError } from '../../api/client.js';
import { FullPageLoader } from '../../components/FullPageLoader.js';
import { PublicLayout } from '../../components/Layout.js';
import { errorMessage, translatedFieldErrors } from '../../lib/errors.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useLocale } from '../../lib/useLocale.js';
import { validate } from '../../lib/validation.js';
import { useSession } from './session.js';

export function LoginPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { session, login } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  useDocumentTitle(t('login.title'));

  if (session.status === 'loading') return <FullPageLoader />;
  if (session.status === 'signedIn' && !busy) return <Navigate to={from ?? '/projects'} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const checked = validate(loginInput, { email: email.trim(), password });
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      await login(checked.value);
      navigate(from && from !== '/login' ? from : '/projects', { replace: true });
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) setFieldErrors(err.fieldErrors);
    } finally {
      setBusy(false);
    }
  }

  const fields = translatedFieldErrors(fieldErrors, locale);
  return (
    <PublicLayout>
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={440} mt="xl">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <div>
              <Title order={1} mb={6}>
                {t('login.title')}
              </Title>
              <Text c="dimmed" fz="sm">
                {t('login.intro')}
              </Text>
            </div>
            {error ? (
              <Alert color="red" variant="light" role="alert" title={t('login.failed')}>
                <Text fz="sm" c="dark.9">
                  {errorMessage(error, locale)}
                </Text>
              </Alert>
            ) : null}
            <TextInput
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fields.email}
              autoFocus
            />
            <PasswordInput
              label={t('login.password')}
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fields.password}
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
              visibilityToggleFocusable
            />
            <Button type="submit" loading={busy} fullWidth size="md">
              {t('login.submit')}
            </Button>
            <Anchor component={Link} to="/reset" fz="sm" underline="always">
              {t('accounts.forgot.link')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </PublicLayout>
  );
}
