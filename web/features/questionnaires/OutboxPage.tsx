import { Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessageView } from '../../../shared/questionnaires.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { dateTime } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useLocale } from '../../lib/useLocale.js';
import { useOutbox } from './queries.js';
import { Pill } from './ui.js';

const STATUSES = ['queued', 'held', 'sent', 'failed'] as const;
const KINDS = ['invitation', 'reminder', 'account_invitation', 'password_reset', 'use_notice', 'use_reply', 'project_update', 'follow_up_day'] as const;
const known = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The NA admin's view of the mail: what went out, what is held without SMTP, and what failed. */
export function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('questionnaires.outbox'));
  const messages = useOutbox();
  return (
    <Stack gap="lg">
      <PageHeader title={t('questionnaires.outbox')} description={t('questionnaires.mail.intro')} />
      <QueryState query={messages}>{(list) => <Outbox messages={list} />}</QueryState>
    </Stack>
  );
}

function Outbox({ messages }: { messages: OutboxMessageView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const shown = messages.filter((m) => !status || m.status === status);
  const statusLabel = (s: string) => (known(STATUSES, s) ? t(`questionnaires.mail.statuses.${s}`) : s);
  const kindLabel = (k: string) => (known(KINDS, k) ? t(`questionnaires.mail.kinds.${k}`) : k);

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <NativeSelect
          label={t('questionnaires.mail.filter')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[{ value: '', label: t('questionnaires.mail.all') }, ...STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))]}
          w={240}
        />
        <Text fz="sm" fw={600} role="status">
          {t('questionnaires.mail.count', { count: shown.length })}
        </Text>
      </Group>
      {shown.length === 0 ? (
        <Empty>{t('questionnaires.mail.empty')}</Empty>
      ) : (
        <TableRegion label={t('questionnaires.mail.tableLabel')}>
          <Table aria-label={t('questionnaires.mail.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('questionnaires.mail.to')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.mail.subject')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.mail.kind')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.mail.status')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.mail.created')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.mail.sent')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.mail.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((m) => {
                const expanded = open.has(m.id);
                const bodyId = `message-${m.id}`;
                return (
                  <Fragment key={m.id}>
                    <Table.Tr style={{ verticalAlign: 'top' }}>
                      <Table.Td fz="sm">{m.to}</Table.Td>
                      <Table.Td fz="sm" style={{ minWidth: '16rem' }}>
                        {m.subject}
                      </Table.Td>
                      <Table.Td fz="sm">{kindLabel(m.kind)}</Table.Td>
                      <Table.Td>
                        <Pill status={m.status}>{statusLabel(m.status)}</Pill>
                        {m.lastError ? (
                          <Text fz="xs" c="red.9" mt={4} maw="20rem">
                            {t('questionnaires.mail.lastError', { error: m.lastError })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                        {dateTime(m.createdAt, locale)}
                      </Table.Td>
                      <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                        {m.sentAt ? dateTime(m.sentAt, locale) : '—'}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-expanded={expanded}
                          aria-controls={expanded ? bodyId : undefined}
                          aria-label={t(expanded ? 'questionnaires.mail.hideLabel' : 'questionnaires.mail.showLabel', { to: m.to, subject: m.subject })}
                          onClick={() => toggle(m.id)}
                        >
                          {expanded ? t('questionnaires.mail.hide') : t('questionnaires.mail.show')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                    {expanded ? (
                      <Table.Tr>
                        <Table.Td colSpan={7} id={bodyId}>
                          <pre className="q-message">{m.text}</pre>
                        </Table.Td>
                      </Table.Tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableRegion>
      )}
    </>
  );
}
