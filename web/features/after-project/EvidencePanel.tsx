import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AfterEvidenceView } from '../../../shared/after-project.js';
import { QueryState } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { formatNumber } from '../../lib/format.js';
import { useReference } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { useAfterEvidence } from './queries.js';

/** The counts the analytics use, per typology indicator, with the reason each counts where it does. */
export function EvidencePanel({ projectId }: { projectId: string }) {
  const evidence = useAfterEvidence(projectId);
  return <QueryState query={evidence}>{(e) => <Evidence e={e} />}</QueryState>;
}

function Evidence({ e }: { e: AfterEvidenceView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reference = useReference();
  const codes = new Map((reference?.codebooks.find((b) => b.key === 'typology')?.codes ?? []).map((c) => [c.key, c[locale]]));
  const n = (value: number) => formatNumber(value, locale);
  const followUps = e.followUps.counter_visit + e.followUps.new_project + e.followUps.lasting_contact;
  const stats = [
    { label: t('after.evidence.uses'), value: e.productUses },
    { label: t('after.evidence.disseminations'), value: e.disseminations.events },
    { label: t('after.evidence.reach'), value: e.disseminations.reach },
    { label: t('after.evidence.followUps'), value: followUps },
  ];
  return (
    <Section id="evidence" title={t('after.evidence.heading')}>
      <Text c="dimmed" fz="sm" mb="md" maw="75ch">
        {t('after.evidence.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" mb="lg" component="dl" m={0}>
        {stats.map((s) => (
          <Paper key={s.label} withBorder radius="md" p="md">
            <Text component="dt" fz="sm" fw={600} c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {s.label}
            </Text>
            <Text component="dd" m={0} className="stat-value">
              {n(s.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <TableRegion label={t('after.evidence.tableLabel')}>
        <Table aria-label={t('after.evidence.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('after.evidence.indicator')}</Table.Th>
              <Table.Th scope="col">{t('after.evidence.how')}</Table.Th>
              <Table.Th scope="col">{t('after.evidence.uses')}</Table.Th>
              <Table.Th scope="col">{t('after.evidence.disseminations')}</Table.Th>
              <Table.Th scope="col">{t('after.evidence.reach')}</Table.Th>
              <Table.Th scope="col">{t('after.evidence.followUps')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {e.indicators.map((i) => (
              <Table.Tr key={i.code}>
                <Table.Th scope="row" fw={500}>
                  <Text fz="sm" fw={600} span display="block">
                    {i.code}
                  </Text>
                  <Text fz="sm" span>
                    {codes.get(i.code) ?? ''}
                  </Text>
                </Table.Th>
                <Table.Td fz="sm">{t(`after.evidence.mapping.${i.code}`)}</Table.Td>
                <Table.Td>{n(i.productUses)}</Table.Td>
                <Table.Td>{n(i.disseminations)}</Table.Td>
                <Table.Td>{n(i.reach)}</Table.Td>
                <Table.Td>{n(i.followUps)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableRegion>
    </Section>
  );
}
