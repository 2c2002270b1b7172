import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.js';
import { Section } from '../../components/Section.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useUser } from '../auth/session.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { SessionsSection } from './SessionsSection.js';

/** `/account`: who one is, a new password, and where one is signed in. */
export function AccountPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(t('accounts.me.title'));
  const facts = [
    [t('accounts.me.name'), user.name],
    [t('accounts.me.email'), user.email],
    [t('accounts.me.role'), t(`roles.${user.role}`)],
    ...(user.organisationName ? [[t('accounts.me.organisation'), user.organisationName]] : []),
  ];
  return (
    <Stack gap="lg">
      <PageHeader title={t('accounts.me.title')} description={t('accounts.me.intro')} />
      <StatusNotice notice={notice} onClose={() => setNotice(null)} />
      <Section id="details" title={t('accounts.me.details')}>
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" spacing="sm" m={0}>
            {facts.map(([term, value]) => (
              <div key={term}>
                <Text component="dt" fz="sm" c="dimmed">
                  {term}
                </Text>
                <Text component="dd" m={0} fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {value}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Paper>
      </Section>
      <Section id="password" title={t('accounts.me.passwordTitle')}>
        <Text fz="sm" c="dimmed" mb="sm">
          {t('accounts.me.passwordIntro')}
        </Text>
        <ChangePasswordForm onChanged={() => setNotice(t('accounts.me.passwordChanged'))} />
      </Section>
      <Section id="sessions" title={t('accounts.me.sessionsTitle')}>
        <Text fz="sm" c="dimmed" mb="sm">
          {t('accounts.me.sessionsIntro')}
        </Text>
        <SessionsSection onEnded={() => setNotice(t('accounts.me.ended'))} />
      </Section>
    </Stack>
  );
}
