import { Alert, Button, FileInput, Group, Loader, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../../shared/messages.js';
import type { ParticipantImportView } from '../../../shared/questionnaires.js';
import type { ParticipantImportOptions } from '../../api/questionnaires.js';
import { ErrorAlert } from '../../components/States.js';
import { TableRegion } from '../../components/TableRegion.js';
import { useLocale } from '../../lib/useLocale.js';
import { useImportParticipants } from './queries.js';

const FIELDS = ['name', 'email', 'role', 'locale', 'startDate', 'endDate', 'status'] as const;
type Field = (typeof FIELDS)[number];
type Mapping = Partial<Record<Field, string>>;

/**
 * A participant list from CSV or XLSX in two steps: a dry run shows the columns the server
 * recognised and every bad row; only a list without errors can be imported, all rows at once.
 */
export function ImportPanel({ projectId, onImported, onCancel }: { projectId: string; onImported: (count: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const send = useImportParticipants(projectId);
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<ParticipantImportView | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  const options = (map: Mapping | undefined, dryRun: boolean): ParticipantImportOptions => ({
    // the server guesses the columns when no mapping is given
    mapping: map ? { ...map, name: map.name ?? '', email: map.email ?? '' } : undefined,
    dryRun,
  });

  async function dryRun(chosen: File, map: Mapping | undefined) {
    setBusy('check');
    setError(undefined);
    try {
      const result = await send.mutateAsync({ file: chosen, options: options(map, true) });
      setCheck(result);
      setMapping(result.mapping as Mapping);
    } catch (err) {
      setCheck(null);
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  function choose(chosen: File | null) {
    setFile(chosen);
    setCheck(null);
    setError(undefined);
    if (chosen) void dryRun(chosen, undefined);
  }

  function remap(field: Field, column: string) {
    const next = { ...mapping, [field]: column || undefined };
    setMapping(next);
    if (file) void dryRun(file, next);
  }

  async function importAll() {
    if (!file) return;
    setBusy('import');
    setError(undefined);
    try {
      const result = await send.mutateAsync({ file, options: options(mapping, false) });
      if (result.errors.length) setCheck(result);
      else onImported(result.imported);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  const columns = check?.columns ?? [];
  const fieldLabel = (field: string) => ((FIELDS as readonly string[]).includes(field) ? t(`questionnaires.import.fields.${field as Field}`) : field);
  const canImport = check !== null && check.errors.length === 0 && busy === null;

  return (
    <Stack>
      <Text fz="sm">{t('questionnaires.import.intro')}</Text>
      <FileInput
        label={t('questionnaires.import.file')}
        placeholder={t('questionnaires.import.filePlaceholder')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        clearable
        clearButtonProps={{ 'aria-label': t('questionnaires.import.clearFile') }}
        value={file}
        onChange={choose}
      />
      <div role="status">
        {busy === 'check' ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text fz="sm">{t('questionnaires.import.checking')}</Text>
          </Group>
        ) : check ? (
          <Text fz="sm" fw={600}>
            {t('questionnaires.import.rows', { count: check.rows })} {check.errors.length === 0 ? t('questionnaires.import.ok') : null}
          </Text>
        ) : null}
      </div>
      {error ? <ErrorAlert error={error} /> : null}

      {check ? (
        <>
          <section aria-labelledby="import-mapping">
            <Title order={3} id="import-mapping" fz="md" mb={4}>
              {t('questionnaires.import.mapping')}
            </Title>
            <Text fz="sm" c="dimmed" mb="sm">
              {t('questionnaires.import.mappingIntro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {FIELDS.map((field) => (
                <NativeSelect
                  key={field}
                  label={fieldLabel(field)}
                  required={field === 'name' || field === 'email'}
                  value={mapping[field] ?? ''}
                  onChange={(e) => remap(field, e.currentTarget.value)}
                  data={[{ value: '', label: t('questionnaires.import.notUsed') }, ...columns.map((c) => ({ value: c, label: c }))]}
                  disabled={busy !== null}
                />
              ))}
            </SimpleGrid>
          </section>

          {check.errors.length ? (
            <section aria-labelledby="import-errors">
              <Title order={3} id="import-errors" fz="md" mb={4}>
                {t('questionnaires.import.errors')}
              </Title>
              <Alert color="red" variant="light" mb="sm">
                <Text fz="sm" c="dark.9">
                  {t('questionnaires.import.errorsIntro')}
                </Text>
              </Alert>
              <TableRegion label={t('questionnaires.import.errorsTable')} style={{ maxHeight: '18rem', overflowY: 'auto' }}>
                <Table aria-label={t('questionnaires.import.errorsTable')} verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('questionnaires.import.line')}</Table.Th>
                      <Table.Th scope="col">{t('questionnaires.import.field')}</Table.Th>
                      <Table.Th scope="col">{t('questionnaires.import.problem')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {check.errors.map((e) => (
                      <Table.Tr key={`${e.line}:${e.field}:${e.message}`}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.line === 1 ? t('questionnaires.import.headerLine') : e.line}</Table.Td>
                        <Table.Td>{fieldLabel(e.field)}</Table.Td>
                        <Table.Td>{messageText(e.message, locale)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableRegion>
            </section>
          ) : null}
        </>
      ) : null}

      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void importAll()} disabled={!canImport} loading={busy === 'import'}>
          {t('questionnaires.import.submit', { count: check?.rows ?? 0 })}
        </Button>
      </Group>
    </Stack>
  );
}
