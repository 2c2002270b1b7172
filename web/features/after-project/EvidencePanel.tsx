import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { afterKeys, afterProject } from '../../api/after-project.js';
import { ErrorAlert, LoadingState } from '../../components/States.js';
import { formatNumber } from '../../lib/format.js';
import { useReferenceState } from '../../lib/reference.js';
import { Section, useLocale } from './ui.js';

/** The counts the analytics use, per typology indicator, with the reason each counts where it does. */
export function EvidencePanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: reference } = useReferenceState();
  const evidence = useQuery({ queryKey: afterKeys.evidence(projectId), queryFn: ({ signal }) => afterProject.evidence(projectId, signal) });
  const codes = new Map((reference?.codebooks.find((b) => b.key === 'typology')?.codes ?? []).map((c) => [c.key, c[locale]]));
  const n = (value: number) => formatNumber(value, locale);

  if (evidence.error) return <ErrorAlert error={evidence.error} onRetry={() => void evidence.refetch()} />;
  if (!evidence.data) return <LoadingState />;
  const e = evidence.data;
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
      {/* wide on a phone: it scrolls inside its own labelled region, which the keyboard can reach */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways on a phone must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-wrap" aria-label={t('after.evidence.tableLabel')} tabIndex={0}>
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
      </section>
    </Section>
  );
}
