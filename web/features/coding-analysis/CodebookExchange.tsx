import { Alert, Button, FileInput, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FullCodebookView } from '../../../shared/coding.js';
import { ApiError } from '../../api/client.js';
import { codingAnalysis } from '../../api/coding-analysis.js';
import { ErrorAlert } from '../../components/States.js';
import { translatedFieldErrors } from '../../lib/errors.js';
import { useLocale } from '../../lib/useLocale.js';
import { useImportCodebook } from './queries.js';

/** A codebook as REFI-QDA .qdc: download one, or import a .qdc as a new codebook. */
export function CodebookExport({ codebookId }: { codebookId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Button component="a" href={codingAnalysis.codebookExportUrl(codebookId, locale)} download variant="default" size="compact-sm">
      {t('codingAnalysis.exchange.codebookExport')}
    </Button>
  );
}

export function CodebookImport({ onImported }: { onImported: (book: FullCodebookView) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const importBook = useImportCodebook();
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState('');
  const [nl, setNl] = useState('');
  const [en, setEn] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const error = importBook.error;
  const fields = error instanceof ApiError ? translatedFieldErrors(error.fieldErrors, locale) : {};

  function submit() {
    if (!file) return;
    setDone(null);
    importBook.mutate(
      { names: { key, nl, en }, file },
      {
        onSuccess: (book) => {
          setDone(t('codingAnalysis.exchange.codebookImported', { name: locale === 'nl' ? book.nl : book.en, count: book.codes.length }));
          setFile(null);
          onImported(book);
        },
      },
    );
  }

  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Text fw={700}>{t('codingAnalysis.exchange.codebookImport')}</Text>
      <FileInput label={t('codingAnalysis.exchange.codebookFile')} accept=".qdc,application/xml,text/xml" value={file} onChange={setFile} required />
      <TextInput label={t('codingAnalysis.exchange.codebookKey')} value={key} onChange={(e) => setKey(e.currentTarget.value)} error={fields.key} required />
      <Group grow>
        <TextInput label={t('codingAnalysis.exchange.codebookNl')} value={nl} onChange={(e) => setNl(e.currentTarget.value)} error={fields.nl} required />
        <TextInput label={t('codingAnalysis.exchange.codebookEn')} value={en} onChange={(e) => setEn(e.currentTarget.value)} error={fields.en} required />
      </Group>
      {error && !Object.keys(fields).length ? <ErrorAlert error={error} /> : null}
      {done ? (
        <Alert color="green" variant="light" role="status">
          <Text fz="sm" c="dark.9">
            {done}
          </Text>
        </Alert>
      ) : null}
      <Group>
        <Button type="submit" loading={importBook.isPending} disabled={!file}>
          {t('codingAnalysis.exchange.codebookImport')}
        </Button>
      </Group>
    </Stack>
  );
}
