import { Alert, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Query } from '../../api/client.js';
import { Section } from '../../components/Section.js';
import { useAnalytics } from './queries.js';

/** A part of a dashboard: its h2, a line on what it shows, and its figures one under the other. */
export function DashboardSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <Section id={id} title={title}>
      {intro ? (
        <Text c="dimmed" mb="sm" maw="75ch">
          {intro}
        </Text>
      ) : null}
      <Stack gap="lg">{children}</Stack>
    </Section>
  );
}

/**
 * Says, above every figure, when the answers in the selection come from the demo's illustrative synthetic cohort:
 * nobody should take them for findings. The participation figure asks the same question, so this costs no call.
 */
export function SyntheticNotice({ query }: { query: Query }) {
  const { t } = useTranslation();
  const participation = useAnalytics('participation', query);
  const synthetic = Math.max(0, ...(participation.data?.items.map((i) => i.synthetic) ?? []));
  if (!synthetic) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      mb="lg"
      title={
        <Text component="span" fw={700} fz="sm" c="dark.9">
          {t('analytics.synthetic.title')}
        </Text>
      }
    >
      <Text fz="sm" c="dark.9">
        {t('analytics.synthetic.text')}
      </Text>
    </Alert>
  );
}
