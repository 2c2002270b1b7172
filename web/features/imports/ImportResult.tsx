import { Alert, Anchor, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportCountsView, ImportJobView } from '../../../shared/imports.js';
import { imports as importsApi } from '../../api/imports.js';
import { ErrorAlert } from '../../components/States.js';
import { useLocale } from '../../lib/useLocale.js';
import { messageText } from '../../../shared/messages.js';
import { formatNumber } from '../../lib/format.js';
import { statusKey } from './labels.js';
import { ScrollRegion } from './ScrollRegion.js';
import { importKeys } from './keys.js';

const KINDS: (keyof ImportCountsView)[] = ['organisations', 'projects', 'activities', 'partners', 'products', 'mobilityRows'];

function Summary({ job }: { job: ImportJobView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const status = statusKey(job);
  const text =
    status === 'done'
      ? job.rowsBad
        ? t('imports.result.doneWithBad')
        : t('imports.result.done')
      : status === 'rejected'
        ? t('imports.result.rejected')
        : status === 'interrupted'
          ? t('imports.result.interrupted')
          : t('imports.result.failed');
  const color = status === 'done' ? (job.rowsBad ? 'yellow' : 'green') : 'red';
  return (
    // the light yellow of "done with bad rows" is too pale for coloured text: the title is dark there
    <Alert color={color} variant="light" title={t(`imports.statuses.${status}`)} role="status" styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}>
      <Text fz="sm" c="dark.9">
        {text} {job.errorCode && status === 'failed' ? messageText(job.errorCode, locale) : null}
      </Text>
    </Alert>
  );
}

function Counts({ job }: { job: ImportJobView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumber(v, locale);
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg" verticalSpacing="md" component="dl" className="facts" m={0}>
        {(['rowsTotal', 'rowsImported', 'rowsBad', 'rowsSkipped'] as const).map((key) => (
          <div key={key}>
            <Text component="dt" fz="sm" mb={2}>
              {t(`imports.result.${key}`)}
            </Text>
            <Text component="dd" m={0} fw={600}>
              {n(job[key])}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <ScrollRegion label={t('imports.result.recordsLabel')}>
        <Table aria-label={t('imports.result.recordsLabel')} verticalSpacing={4} maw={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.result.kind')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('imports.result.created')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('imports.result.updated')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {KINDS.map((kind) => (
              <Table.Tr key={kind}>
                <Table.Th scope="row" fw={400}>
                  {t(`imports.result.kinds.${kind}`)}
                </Table.Th>
                <Table.Td ta="right">{n(job.counts[kind].created)}</Table.Td>
                <Table.Td ta="right">{n(job.counts[kind].updated)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </>
  );
}

function BadRows({ job }: { job: ImportJobView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = useQuery({ queryKey: importKeys.badRows(job.id), queryFn: ({ signal }) => importsApi.badRows(job.id, signal) });
  return (
    <section aria-labelledby="import-bad-rows">
      <Title order={2} fz="h3" id="import-bad-rows" mb="xs">
        {t('imports.badRows.heading')}
      </Title>
      <Anchor href={importsApi.badRowsCsvUrl(job.id)} download underline="always" fw={600} display="inline-block" mb="sm">
        {t('imports.badRows.download')}
      </Anchor>
      {rows.error ? <ErrorAlert error={rows.error} onRetry={() => void rows.refetch()} /> : null}
      {rows.data ? (
        <>
          {rows.data.total > rows.data.items.length ? (
            <Text fz="sm" mb="xs">
              {t('imports.badRows.shown', { shown: formatNumber(rows.data.items.length, locale), total: formatNumber(rows.data.total, locale) })}
            </Text>
          ) : null}
          <ScrollRegion label={t('imports.badRows.tableLabel')} maxHeight="24rem">
            <Table aria-label={t('imports.badRows.tableLabel')} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('imports.badRows.line')}</Table.Th>
                  <Table.Th scope="col">{t('imports.badRows.column')}</Table.Th>
                  <Table.Th scope="col">{t('imports.badRows.reason')}</Table.Th>
                  <Table.Th scope="col">{t('imports.badRows.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.data.items.map((b) => (
                  <Table.Tr key={`${b.line}-${b.column}-${b.reason}`}>
                    <Table.Td>{b.line}</Table.Td>
                    <Table.Td>{b.column || t('imports.badRows.wholeLine')}</Table.Td>
                    <Table.Td>{messageText(b.reason, locale)}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{b.value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </>
      ) : null}
    </section>
  );
}

/** The end of an import: what it did, in counts, and the bad rows with a download. */
export function ImportResult({ job }: { job: ImportJobView }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <section aria-labelledby="import-result">
        <Title order={2} fz="h3" id="import-result" mb="sm">
          {t('imports.result.heading')}
        </Title>
        <Stack gap="md">
          <Summary job={job} />
          <Counts job={job} />
        </Stack>
      </section>
      {job.rowsBad > 0 ? <BadRows job={job} /> : null}
    </Stack>
  );
}
