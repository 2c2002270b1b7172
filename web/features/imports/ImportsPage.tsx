import { Anchor, Button, FileInput, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { imports as importsApi } from '../../api/imports.js';
import { ListPagination } from '../../components/ListPagination.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState } from '../../components/States.js';
import { useLocale } from '../../lib/useLocale.js';
import { formatNumber } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { canImport } from '../../../shared/access.js';
import { useUser } from '../auth/session.js';
import { statusLabel } from './labels.js';
import { ScrollRegion } from './ScrollRegion.js';
import { importKeys } from './keys.js';

const dateTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

function UploadForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => importsApi.upload(chosen),
    onSuccess: (job) => {
      void queryClient.invalidateQueries({ queryKey: importKeys.all });
      queryClient.setQueryData(importKeys.one(job.id), job);
      navigate(`/imports/${job.id}`);
    },
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-upload">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (file) upload.mutate(file);
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz="h3" id="import-upload">
            {t('imports.upload.heading')}
          </Title>
          <FileInput
            label={t('imports.upload.file')}
            placeholder={t('imports.upload.placeholder')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            clearable
            clearButtonProps={{ 'aria-label': t('imports.upload.clear') }}
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              upload.reset();
            }}
            maw={480}
          />
          {upload.error ? <ErrorAlert error={upload.error} /> : null}
          <Group>
            <Button type="submit" disabled={!file} loading={upload.isPending}>
              {t('imports.upload.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function PastImports() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useQuery({ queryKey: importKeys.list(page), queryFn: ({ signal }) => importsApi.list(page, signal) });
  return (
    <section aria-labelledby="import-past">
      <Title order={2} fz="h3" id="import-past" mb="sm">
        {t('imports.past.heading')}
      </Title>
      {list.isPending ? <LoadingState /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <Text c="dimmed">{t('imports.past.empty')}</Text> : null}
      {list.data?.items.length ? (
        <>
          <ScrollRegion label={t('imports.past.tableLabel')}>
            <Table aria-label={t('imports.past.tableLabel')} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('imports.past.date')}</Table.Th>
                  <Table.Th scope="col">{t('imports.past.file')}</Table.Th>
                  <Table.Th scope="col">{t('imports.past.format')}</Table.Th>
                  <Table.Th scope="col">{t('imports.past.status')}</Table.Th>
                  <Table.Th scope="col">{t('imports.past.rows')}</Table.Th>
                  <Table.Th scope="col">{t('imports.past.by')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((job) => (
                  <Table.Tr key={job.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(job.createdAt, locale)}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/imports/${job.id}`} underline="always">
                        {job.fileName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`imports.formats.${job.format}`)}</Table.Td>
                    <Table.Td>{statusLabel(t, job)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatNumber(job.rowsImported, locale)} / {formatNumber(job.rowsBad, locale)}
                    </Table.Td>
                    <Table.Td>{job.source === 'cli' ? t('imports.facts.commandLine') : job.createdBy}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          <ListPagination
            page={page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onChange={(next) => setParams((current) => new URLSearchParams({ ...Object.fromEntries(current), page: String(next) }))}
          />
        </>
      ) : null}
    </section>
  );
}

/** `/imports`: upload a file of official Erasmus+ data and see the past imports. */
export function ImportsPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('imports.title'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('imports.title')} description={canImport(user, 'open_data') ? t('imports.intro') : t('imports.introCoordinator')} />
      <UploadForm />
      <PastImports />
    </Stack>
  );
}
