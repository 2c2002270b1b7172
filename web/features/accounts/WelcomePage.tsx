import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PASSWORD_MIN_LENGTH } from '../../../shared/accounts.js';
import { ApiError } from '../../api/client.js';
import { FullPageLoader } from '../../components/FullPageLoader.js';
import { PublicLayout } from '../../components/Layout.js';
import { ErrorAlert } from '../../components/States.js';
import { i18next, storedLocale } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { dateTime } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSession } from '../auth/session.js';
import { LinkProblem, linkState } from './LinkProblem.js';
import { PasswordField } from './PasswordField.js';
import { useAcceptInvitation, useInvitation } from './queries.js';

/** `/welcome/<token>`: the invited person chooses a password and lands in the app, in the invitation's language. */
export function WelcomePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const locale = useLocale();
  const navigate = useNavigate();
  const { adopt } = useSession();
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  useDocumentTitle(t('accounts.welcome.title'));

  const preview = useInvitation(token);
  // the invitation's language, unless this browser has chosen one
  useEffect(() => {
    if (preview.data && !storedLocale()) void i18next.changeLanguage(preview.data.locale);
  }, [preview.data]);
  const accept = useAcceptInvitation();

  function submit(event: FormEvent) {
    event.preventDefault();
    setTooShort(password.length < PASSWORD_MIN_LENGTH);
    if (password.length < PASSWORD_MIN_LENGTH) return;
    accept.mutate(
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
  const problem = linkState(preview.error) ?? linkState(accept.error);
  if (problem) {
    return (
      <PublicLayout>
        <LinkProblem
          title={t(`accounts.welcome.${problem}Title`)}
          text={t(`accounts.welcome.${problem}Text`)}
          to="/login"
          action={t('accounts.welcome.toLogin')}
        />
      </PublicLayout>
    );
  }
  const invitation = preview.data;
  const fieldError = accept.error instanceof ApiError && accept.error.messagesFor('password').length > 0;
  return (
    <PublicLayout>
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={480} mt="xl">
        {preview.error || !invitation ? (
          <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Title order={1}>{t('accounts.welcome.title')}</Title>
              <Text>
                {invitation.organisationName
                  ? t('accounts.welcome.introOrganisation', {
                      role: t(`roles.${invitation.role}`).toLowerCase(),
                      organisation: invitation.organisationName,
                    })
                  : t('accounts.welcome.intro', { role: t(`roles.${invitation.role}`).toLowerCase() })}{' '}
                {t('accounts.welcome.account', { email: invitation.email })}
              </Text>
              <Text fz="sm" c="dimmed">
                {t('accounts.welcome.validUntil', { date: dateTime(invitation.expiresAt, locale) })}
              </Text>
              {accept.error && !fieldError ? (
                <Alert color="red" variant="light" role="alert">
                  <Text fz="sm" c="dark.9">
                    {errorMessage(accept.error, locale)}
                  </Text>
                </Alert>
              ) : null}
              <input type="email" name="email" autoComplete="username" value={invitation.email} readOnly hidden />
              <PasswordField
                label={t('accounts.password.label')}
                name="password"
                value={password}
                onChange={setPassword}
                error={accept.error}
                clientError={tooShort ? 'validation.password_short' : undefined}
              />
              <Button type="submit" loading={accept.isPending} size="md">
                {t('accounts.welcome.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </PublicLayout>
  );
}
