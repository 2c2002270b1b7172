import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { PublicLayout } from '../../components/Layout.js';
import { LoadingState } from '../../components/States.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useCertificateCheck } from './queries.js';

/** The public check of a certificate's code: valid or not, the name on it and the activity; nothing else. */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  useDocumentTitle(t('reports.verify.documentTitle'));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim()) navigate(`/verify/${encodeURIComponent(typed.trim())}`);
  };
  return (
    <PublicLayout>
      <Stack gap="lg" maw={640} mx="auto">
        <Title order={1}>{t('reports.verify.title')}</Title>
        <Text>{t('reports.verify.intro')}</Text>
        <form onSubmit={submit}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('reports.verify.code')}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              autoComplete="off"
              style={{ flex: '1 1 14rem' }}
            />
            <Button type="submit">{t('reports.verify.check')}</Button>
          </Group>
        </form>
        {code ? <Result key={code} code={code} /> : null}
      </Stack>
    </PublicLayout>
  );
}

function Result({ code }: { code: string }) {
  const { t } = useTranslation();
  const check = useCertificateCheck(code);
  if (check.isPending) return <LoadingState />;
  // a code that cannot be one (wrong characters) is as invalid as an unknown one
  const valid = check.data?.valid === true;
  if (check.error && !(check.error instanceof ApiError && check.error.status === 400)) {
    return (
      <Alert color="red" role="alert" title={t('common.errorTitle')}>
        {t('common.retry')}
      </Alert>
    );
  }
  return (
    <div role="status" aria-live="polite">
      {valid && check.data ? (
        <Paper withBorder radius="md" p="lg" style={{ borderColor: 'var(--mantine-color-green-7)' }}>
          <Stack gap="sm">
            <Title order={2} c="green.9">
              {t('reports.verify.valid')}
            </Title>
            <dl className="verify-facts">
              <dt>{t('reports.verify.name')}</dt>
              <dd>{check.data.name}</dd>
              <dt>{t('reports.verify.activity')}</dt>
              <dd>{check.data.activity}</dd>
            </dl>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="lg" style={{ borderColor: 'var(--mantine-color-red-7)' }}>
          <Title order={2} c="red.9">
            {t('reports.verify.invalid')}
          </Title>
          <Text mt="xs">{t('reports.verify.invalidText')}</Text>
        </Paper>
      )}
    </div>
  );
}
