import { Anchor, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SourceSummaryView } from '../../../shared/coding.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty, Section } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { useMomentLabel, useTerms } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { useRemoveSource, useSources } from './queries.js';

/** The project's sources as a table, each a link to its coding page; removed after a confirmation. */
export function SourcesSection({ projectId, editable, onRemoved }: { projectId: string; editable: boolean; onRemoved: () => void }) {
  const { t } = useTranslation();
  const list = useSources(projectId);
  const remove = useRemoveSource(projectId);
  const [removal, setRemoval] = useState<{ id: string; title: string } | null>(null);
  return (
    <Section id="sources" title={t('coding.list.heading')}>
      <QueryState query={list}>
        {(sources) =>
          sources.length ? (
            <SourcesTable sources={sources} onRemove={editable ? (source) => setRemoval({ id: source.id, title: source.title }) : undefined} />
          ) : (
            <Empty>{t('coding.list.empty')}</Empty>
          )
        }
      </QueryState>
      <ConfirmModal
        opened={removal !== null}
        title={t('coding.list.removeTitle')}
        message={removal ? t('coding.list.removeConfirm', { title: removal.title }) : ''}
        confirmLabel={t('common.remove')}
        onClose={() => setRemoval(null)}
        onConfirm={async () => {
          if (!removal) return;
          await remove.mutateAsync(removal.id);
          onRemoved();
        }}
      />
    </Section>
  );
}

function SourcesTable({ sources, onRemove }: { sources: SourceSummaryView[]; onRemove?: (source: SourceSummaryView) => void }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const locale = useLocale();
  const momentLabel = useMomentLabel();
  return (
    <TableRegion label={t('coding.list.tableLabel')}>
      <Table aria-label={t('coding.list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('coding.list.title')}</Table.Th>
            <Table.Th scope="col">{t('coding.list.kind')}</Table.Th>
            <Table.Th scope="col">{t('coding.list.moment')}</Table.Th>
            <Table.Th scope="col">{t('coding.list.date')}</Table.Th>
            <Table.Th scope="col">{t('coding.list.language')}</Table.Th>
            <Table.Th scope="col">{t('coding.list.interviewees')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('coding.list.segments')}
            </Table.Th>
            {onRemove ? (
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.remove')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sources.map((source) => (
            <Table.Tr key={source.id} style={{ verticalAlign: 'top' }}>
              <Table.Td style={{ minWidth: '14rem' }}>
                <Anchor component={Link} to={`/sources/${source.id}`} fw={600} underline="always">
                  {source.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <span className="tag">{t(`coding.kinds.${source.kind}`)}</span>
              </Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {source.moment ? momentLabel(source.moment) : '—'}
              </Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(source.sourceDate, locale) ?? '—'}
              </Table.Td>
              <Table.Td fz="sm">{t(`coding.languages.${source.language}`)}</Table.Td>
              <Table.Td fz="sm">
                {source.interviewees.length ? (
                  <ul className="plain-list">
                    {source.interviewees.map((person) => (
                      <li key={person.id}>
                        {person.label}{' '}
                        <Text span fz="xs" c="dimmed">
                          ({label('interviewee_role', person.role)})
                        </Text>
                      </li>
                    ))}
                  </ul>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td fz="sm" ta="right" fw={600}>
                {formatNumber(source.segments, locale)}
              </Table.Td>
              {onRemove ? (
                <Table.Td ta="right">
                  <Button
                    variant="subtle"
                    color="red"
                    c="red.9"
                    size="compact-sm"
                    aria-label={t('coding.list.remove', { title: source.title })}
                    onClick={() => onRemove(source)}
                  >
                    {t('common.remove')}
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
