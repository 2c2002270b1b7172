import { Alert, Anchor, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../lib/errors.js';
import { useLocale } from '../lib/useLocale.js';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Alert color="red" title={t('common.errorTitle')} role="alert" variant="light">
      <Stack gap="sm" align="flex-start">
        <Text fz="sm" c="dark.9">
          {errorMessage(error, locale)}
        </Text>
        {onRetry ? (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** A friendly page for something that does not exist or is not visible to this user. */
export function NotFoundState({ title, text, backTo, backLabel }: { title: string; text: string; backTo: string; backLabel: string }) {
  return (
    <Paper withBorder p="xl" radius="md" maw={640}>
      <Stack gap="md">
        <Title order={1}>{title}</Title>
        <Text>{text}</Text>
        <Group>
          <Anchor component={Link} to={backTo} underline="always" fw={600}>
            {backLabel}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
