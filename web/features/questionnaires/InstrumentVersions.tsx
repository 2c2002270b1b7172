import { Accordion, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstrumentView } from '../../../shared/questionnaires.js';
import type { Moment } from '../../../shared/reference.js';
import { Empty } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { dateTime } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useCodeOptions } from './ui.js';

/** The versions of one moment's questionnaire: the current one in full, the earlier ones folded. */
export function MomentLibrary({ moment, versions, onEdit }: { moment: Moment; versions: InstrumentView[]; onEdit?: () => void }) {
  const { t } = useTranslation();
  const [latest, ...earlier] = versions;
  const headingId = `moment-${moment}`;
  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" align="center" mb="sm">
        <Title order={2} id={headingId}>
          {t(`questionnaires.momentFull.${moment}`)}
        </Title>
        {onEdit ? <Button onClick={onEdit}>{t('questionnaires.library.edit')}</Button> : null}
      </Group>
      {!latest ? (
        <Empty>{t('questionnaires.library.none')}</Empty>
      ) : (
        <Stack gap="lg">
          <VersionDetails instrument={latest} current />
          {earlier.length ? (
            <div>
              <Title order={3} fz="md" mb="xs">
                {t('questionnaires.library.earlier', { count: earlier.length })}
              </Title>
              <Accordion variant="separated" radius="md" chevronPosition="left">
                {earlier.map((v) => (
                  <Accordion.Item key={v.id} value={v.id}>
                    <Accordion.Control>
                      {t('questionnaires.library.version', { version: v.version })} · {v.titleNl}
                    </Accordion.Control>
                    <Accordion.Panel>
                      <VersionDetails instrument={v} current={false} />
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            </div>
          ) : null}
        </Stack>
      )}
    </section>
  );
}

function VersionDetails({ instrument, current }: { instrument: InstrumentView; current: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const typology = useCodeOptions('typology');
  const factors = useCodeOptions('factors');
  return (
    <Stack gap="sm">
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Group gap="xs">
            {current ? (
              <span className="q-pill" data-status="completed">
                {t('questionnaires.library.current')}
              </span>
            ) : null}
            <Text fw={700}>{t('questionnaires.library.version', { version: instrument.version })}</Text>
            <Text fz="sm" c="dimmed">
              {instrument.publishedAt ? t('questionnaires.library.published', { date: dateTime(instrument.publishedAt, locale) }) : null} ·{' '}
              {t('questionnaires.library.items', { count: instrument.items.length })}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <div lang="nl">
              <Text fw={600}>{instrument.titleNl}</Text>
              {instrument.introNl ? <Text fz="sm">{instrument.introNl}</Text> : null}
            </div>
            <div lang="en">
              <Text fw={600}>{instrument.titleEn}</Text>
              {instrument.introEn ? <Text fz="sm">{instrument.introEn}</Text> : null}
            </div>
          </SimpleGrid>
        </Stack>
      </Paper>
      <TableRegion label={t('questionnaires.library.itemsTable', { moment: instrument.moment, version: instrument.version })}>
        <Table aria-label={t('questionnaires.library.itemsTable', { moment: instrument.moment, version: instrument.version })} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('questionnaires.library.number')}</Table.Th>
              <Table.Th scope="col">{t('questionnaires.library.kind')}</Table.Th>
              <Table.Th scope="col">{t('questionnaires.library.code')}</Table.Th>
              <Table.Th scope="col">{t('questionnaires.library.nl')}</Table.Th>
              <Table.Th scope="col">{t('questionnaires.library.en')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {instrument.items.map((item, i) => {
              const code = item.typologyCode ?? item.factorCode;
              return (
                <Table.Tr key={item.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td fz="sm">{i + 1}</Table.Td>
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    <span className="tag">{t(`questionnaires.library.kinds.${item.kind}`)}</span>
                    <Text fz="xs" c="dimmed" mt={4}>
                      {item.key}
                    </Text>
                    {item.required ? (
                      <Text fz="xs" fw={600} mt={2}>
                        {t('questionnaires.library.requiredMark')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td fz="sm" style={{ minWidth: '10rem' }}>
                    {code ? (
                      <>
                        <Text fz="sm" fw={600}>
                          {code}
                        </Text>
                        <Text fz="xs" c="dimmed">
                          {item.typologyCode ? typology.label(code) : factors.label(code)}
                        </Text>
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td fz="sm" lang="nl" style={{ minWidth: '16rem' }}>
                    {item.nl}
                  </Table.Td>
                  <Table.Td fz="sm" lang="en" style={{ minWidth: '16rem' }}>
                    {item.en}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableRegion>
    </Stack>
  );
}
