import { Anchor, Button, Group, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { IMPORT_MODES, type ImportJobView, type ImportMode, RUNNING_STATUSES } from '../../../shared/imports.js';
import { imports as importsApi } from '../../api/imports.js';
import { Fact } from '../../components/Fact.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState, NotFoundState } from '../../components/States.js';
import { useLocale } from '../../lib/useLocale.js';
import { isNotFound } from '../../lib/errors.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { ImportMapping } from './ImportMapping.js';
import { ImportProgress } from './ImportProgress.js';
import { ImportResult } from './ImportResult.js';
import { delimiterLabel, encodingLabel, fileSize, statusLabel } from './labels.js';
import { importKeys } from './keys.js';

function Facts({ job }: { job: ImportJobView }) {
  const { t } = useTranslation();
  const delimiter = delimiterLabel(t, job.delimiter);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="lg" verticalSpacing="md" component="dl" className="facts" m={0} aria-label={t('imports.facts.label')}>
      <Fact label={t('imports.facts.format')}>{t(`imports.formats.${job.format}`)}</Fact>
      <Fact label={t('imports.facts.encoding')}>{encodingLabel(t, job.encoding)}</Fact>
      {delimiter ? <Fact label={t('imports.facts.delimiter')}>{delimiter}</Fact> : null}
      <Fact label={t('imports.facts.size')}>{fileSize(job.fileSize, useLocale())}</Fact>
      <Fact label={t('imports.past.status')}>{statusLabel(t, job)}</Fact>
    </SimpleGrid>
  );
}

/** The choice for bad rows and the start; "nothing" is the careful default. */
function StartForm({ job }: { job: ImportJobView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<ImportMode>('nothing');
  const start = useMutation({
    mutationFn: () => importsApi.start(job.id, mode),
    onSuccess: (started) => {
      queryClient.setQueryData(importKeys.one(job.id), started);
      void queryClient.invalidateQueries({ queryKey: importKeys.all });
    },
  });
  const discard = useMutation({
    mutationFn: () => importsApi.discard(job.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: importKeys.all });
      navigate('/imports');
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          start.mutate();
        }}
      >
        <Stack gap="md">
          <Radio.Group label={t('imports.mode.legend')} value={mode} onChange={(value) => setMode(value as ImportMode)}>
            <Stack gap="sm" mt="xs">
              {IMPORT_MODES.map((m) => (
                <Radio key={m} value={m} label={t(`imports.mode.${m}`)} description={t(`imports.mode.${m}Help`)} />
              ))}
            </Stack>
          </Radio.Group>
          {start.error ? <ErrorAlert error={start.error} /> : null}
          {discard.error ? <ErrorAlert error={discard.error} /> : null}
          <Group>
            <Button type="submit" loading={start.isPending}>
              {t('imports.start')}
            </Button>
            <Button variant="default" onClick={() => discard.mutate()} loading={discard.isPending}>
              {t('imports.discard')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** `/imports/:id`: the detected format and mapping, the start, the progress and the result of one import. */
export function ImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const job = useQuery({
    queryKey: importKeys.one(id),
    queryFn: ({ signal }) => importsApi.get(id, signal),
    // poll while it runs: the import goes on in the background on the server
    refetchInterval: (query) => {
      const data = query.state.data;
      return data && RUNNING_STATUSES.includes(data.status) && !data.interrupted ? 1000 : false;
    },
  });
  useDocumentTitle(job.data ? `${t('imports.title')}: ${job.data.fileName}` : t('imports.title'));
  if (job.error && isNotFound(job.error)) {
    return <NotFoundState title={t('imports.notFound.title')} text={t('imports.notFound.text')} backTo="/imports" backLabel={t('imports.notFound.back')} />;
  }
  if (job.error) return <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />;
  if (!job.data) return <LoadingState />;
  const data = job.data;
  const running = RUNNING_STATUSES.includes(data.status) && !data.interrupted;
  return (
    <Stack gap="xl">
      <PageHeader
        above={
          <Anchor component={Link} to="/imports" fz="sm" underline="always">
            {t('imports.backToList')}
          </Anchor>
        }
        title={data.fileName}
        description={<Text component="span">{t(`imports.formats.${data.format}`)}</Text>}
      />
      <Facts job={data} />
      {data.status === 'ready' ? <StartForm job={data} /> : null}
      {running ? <ImportProgress job={data} /> : null}
      {!running && data.status !== 'ready' ? <ImportResult job={data} /> : null}
      <ImportMapping job={data} />
    </Stack>
  );
}
