import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codingAnalysis } from '../../api/coding-analysis.js';
import { Section } from '../../components/Section.js';
import { ErrorAlert } from '../../components/States.js';
import { useLocale } from '../../lib/useLocale.js';
import { useImportProject } from './queries.js';

/** REFI-QDA: the project's sources and codings to and from ATLAS.ti, NVivo or MAXQDA. */
export function ExchangeSection({ projectId, canImport }: { projectId: string; canImport: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const importFile = useImportProject(projectId);
  const busy = importFile.isPending;
  const summary = importFile.data;

  return (
    <Section id="exchange" title={t('codingAnalysis.exchange.title')}>
      <Stack gap="md">
        <Text>{t('codingAnalysis.exchange.intro')}</Text>
        <Group>
          <Button component="a" href={codingAnalysis.projectExportUrl(projectId, locale)} download variant="default">
            {t('codingAnalysis.exchange.export')}
          </Button>
        </Group>
        {canImport ? (
          <Group align="flex-end">
            <FileInput label={t('codingAnalysis.exchange.chooseFile')} accept=".qdpx,application/zip" value={file} onChange={setFile} clearable w={320} />
            <Button onClick={() => file && importFile.mutate(file, { onSuccess: () => setFile(null) })} disabled={!file} loading={busy}>
              {t('codingAnalysis.exchange.import')}
            </Button>
          </Group>
        ) : null}
        {busy ? <Text role="status">{t('codingAnalysis.exchange.importing')}</Text> : null}
        {importFile.error ? <ErrorAlert error={importFile.error} /> : null}
        {summary ? (
          <Alert color="green" variant="light" role="status">
            <Text fz="sm" c="dark.9">
              {t('codingAnalysis.exchange.imported', {
                sources: summary.sources,
                segments: summary.segments,
                codings: summary.codings,
                newCodes: summary.newCodes,
              })}
            </Text>
            {summary.unknownCoders > 0 ? (
              <Text fz="sm" c="dark.9">
                {t('codingAnalysis.exchange.unknownCoders', { count: summary.unknownCoders })}
              </Text>
            ) : null}
            {summary.ignored.length > 0 ? (
              <Text fz="sm" c="dark.9">
                {t('codingAnalysis.exchange.ignored', { items: [...new Set(summary.ignored)].join(', ') })}
              </Text>
            ) : null}
          </Alert>
        ) : null}
      </Stack>
    </Section>
  );
}
