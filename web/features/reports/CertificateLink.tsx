import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { certificates } from '../../api/reports.js';
import { useLocale } from '../../lib/useLocale.js';

/** On the thank-you page after the questionnaire on return (T1): the participant's certificate of participation. */
export function CertificateLink({ token }: { token: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="certificate-heading">
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Title order={2} id="certificate-heading">
            {t('reports.certificate.title')}
          </Title>
          <Text>{t('reports.certificate.text')}</Text>
          <Anchor href={certificates.fileUrl(token, locale)} download fw={600}>
            {t('reports.certificate.download')}
          </Anchor>
        </Stack>
      </Paper>
    </section>
  );
}
