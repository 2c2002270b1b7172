import { Anchor, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../../shared/messages.js';
import type { ReportListQuery, ReportView } from '../../../shared/reports.js';
import { reports as api } from '../../api/reports.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { dateTime } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useReports } from './queries.js';

/** Who generated what and when, with each report's progress and, once done, its file. */
export function ReportList({ query }: { query: ReportListQuery }) {
  const { t } = useTranslation();
  const list = useReports(query);
  return (
    <QueryState query={list}>
      {(reports) =>
        reports.length ? (
          <TableRegion label={t('reports.list.table')}>
            <Table verticalSpacing="sm" horizontalSpacing="sm" aria-label={t('reports.list.table')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.list.report')}</Table.Th>
                  <Table.Th scope="col">{t('reports.list.by')}</Table.Th>
                  <Table.Th scope="col">{t('reports.list.when')}</Table.Th>
                  <Table.Th scope="col">{t('reports.list.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reports.map((r) => (
                  <ReportRow key={r.id} report={r} />
                ))}
              </Table.Tbody>
            </Table>
          </TableRegion>
        ) : (
          <Empty>{t('reports.list.none')}</Empty>
        )
      }
    </QueryState>
  );
}

function ReportRow({ report: r }: { report: ReportView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = t(`reports.generate.formats.${r.format}`);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400} style={{ minWidth: '14rem' }}>
        <Text fw={600} fz="sm" lineClamp={3}>
          {r.title}
        </Text>
        <Text fz="xs" c="dimmed">
          {t(`reports.generate.kinds.${r.kind}`)} · {r.lang.toUpperCase()} · {format}
          {r.narrativeVersions.length ? ` · ${t('reports.list.textVersions', { versions: r.narrativeVersions.map((v) => v.version).join(', ') })}` : ''}
        </Text>
      </Table.Th>
      <Table.Td fz="sm">{r.requestedBy?.name ?? '–'}</Table.Td>
      <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
        {dateTime(r.createdAt, locale)}
      </Table.Td>
      <Table.Td style={{ minWidth: '9rem' }}>
        <Stack gap={6}>
          <span className="report-status" data-status={r.status}>
            {t(`reports.list.statuses.${r.status}`)}
            {r.status === 'running' ? ` · ${t('reports.list.percent', { percent: r.progress })}` : ''}
          </span>
          {r.status === 'running' || r.status === 'queued' ? (
            <Progress value={r.progress} aria-label={t('reports.list.progress', { title: r.title })} size="sm" />
          ) : null}
          {r.status === 'done' ? (
            <Anchor href={api.fileUrl(r.id)} download={r.fileName ?? undefined} fz="sm" aria-label={t('reports.list.downloadName', { title: r.title, format })}>
              {t('reports.list.download')}
            </Anchor>
          ) : null}
          {r.status === 'failed' && r.error ? (
            <Text fz="xs" c="red.9">
              {messageText(r.error, locale)}
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
