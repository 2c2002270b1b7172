import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobView } from '../../../shared/imports.js';
import { fieldLabel } from './labels.js';
import { ScrollRegion } from './ScrollRegion.js';

/** Each column of the file and the field it fills, before and after the import. */
export function ImportMapping({ job }: { job: ImportJobView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-mapping">
      <Title order={2} fz="h3" id="import-mapping" mb={4}>
        {t('imports.mapping.heading')}
      </Title>
      <Text fz="sm" c="dimmed" mb="sm">
        {t('imports.mapping.intro')}
      </Text>
      <ScrollRegion label={t('imports.mapping.tableLabel')} maxHeight="24rem">
        <Table aria-label={t('imports.mapping.tableLabel')} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.mapping.column')}</Table.Th>
              <Table.Th scope="col">{t('imports.mapping.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {job.columns.map((c, position) => (
              // a header may repeat in a file; its position makes the row unique
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for an import and never reordered
              <Table.Tr key={position}>
                <Table.Td>{c.column || '—'}</Table.Td>
                <Table.Td c={c.field && c.field !== 'personal' ? undefined : 'dimmed'} fs={c.field === 'personal' ? 'italic' : undefined}>
                  {fieldLabel(t, c)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </section>
  );
}
