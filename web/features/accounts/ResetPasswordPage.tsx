import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PASSWORD_MIN_LENGTH, RESET_VALID_MINUTES } from '../../../shared/accounts.js';
import { ApiError } from '../../api/client.js';
import { FullPageLoader } from '../../components/FullPageLoader.js';
import { PublicLayout } from '../../components/Layout.js';
import { ErrorAlert } from '../../components/States.js';
import { i18next, storedLocale } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSession } from '../auth/session.js';
import { LinkProblem, linkState } from './LinkProblem.js';
import { PasswordField } from './PasswordField.js';
import { useConfirmReset, useResetLink } from './queries.js';

/** `/reset/<token>`: a new password through the e-mailed link; then signed in, and signed out elsewhere. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const locale = useLocale();
  const navigate = useNavigate();
  const { adopt } = useSession();
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  useDocumentTitle(t('accounts.reset.title'));

  const preview = useResetLink(token);
  useEffect(() => {
    if (preview.data && !storedLocale()) void i18next.changeLanguage(preview.data.locale);
  }, [preview.data]);
  const confirm = useConfirmReset();

  function submit(event: FormEvent) {
    event.preventDefault();
    setTooShort(password.length < PASSWORD_MIN_LENGTH);
    if (password.length < PASSWORD_MIN_LENGTH) return;
    confirm.mutate(
      { token, password },
      {
        onSuccess: (me) => {
          adopt(me);
          navigate('/projects', { replace: true });
        },
      },
    );
  }

  if (preview.isPending) return <FullPageLoader />;
  const problem = linkState(preview.error) ?? linkState(confirm.error);
  if (problem) {
    return (
      <PublicLayout>
        <LinkProblem
          title={t(`accounts.reset.${problem}Title`)}
          text={t(`accounts.reset.${problem}Text`, { minutes: RESET_VALID_MINUTES })}
          to="/reset"
          action={t('accounts.reset.again')}
        />
      </PublicLayout>
    );
  }
  const fieldError = confirm.error instanceof ApiError && confirm.error.messagesFor('password').length > 0;
  return (
    <PublicLayout>
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={480} mt="xl">
        {preview.error || !preview.data ? (
          <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Title order={1}>{t('accounts.reset.title')}</Title>
              <Text>{t('accounts.reset.account', { email: preview.data.email })}</Text>
              {confirm.error && !fieldError ? (
                <Alert color="red" variant="light" role="alert">
                  <Text fz="sm" c="dark.9">
                    {errorMessage(confirm.error, locale)}
                  </Text>
                </Alert>
              ) : null}
              <input type="email" name="email" autoComplete="username" value={preview.data.email} readOnly hidden />
              <PasswordField
                label={t('accounts.password.label')}
                name="password"
                value={password}
                onChange={setPassword}
                error={confirm.error}
                clientError={tooShort ? 'validation.password_short' : undefined}
              />
              <Button type="submit" loading={confirm.isPending} size="md">
                {t('accounts.reset.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </PublicLayout>
  );
}
