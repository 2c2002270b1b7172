import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ASSUMED_GOALS,
  estimateMinutes,
  estimateSeconds,
  factorCoverage,
  goalFormatOf,
  latestInstruments,
  typologyCoverage,
} from '../../../shared/instruments.js';
import type { InstrumentView } from '../../../shared/questionnaires.js';
import { MOMENTS } from '../../../shared/reference.js';
import { Section } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { useLocale } from '../../lib/useLocale.js';
import { useCodeOptions } from './ui.js';

type Item = InstrumentView['items'][number];

/** What the current versions measure (every indicator, the factors) and how long each takes on a phone. */
export function LibraryOverview({ library }: { library: InstrumentView[] }) {
  const { t } = useTranslation();
  return (
    <Section id="overview" title={t('instruments.library.overview')}>
      <Stack gap="xl">
        <Text c="dimmed" fz="sm" maw="75ch">
          {t('instruments.library.overviewIntro')}
        </Text>
        <Durations library={library} />
        <Coverage library={library} />
        <Factors library={library} />
      </Stack>
    </Section>
  );
}

function Durations({ library }: { library: InstrumentView[] }) {
  const { t } = useTranslation();
  const current = latestInstruments(library).sort((a, b) => a.audience.localeCompare(b.audience) * -1 || MOMENTS.indexOf(a.moment) - MOMENTS.indexOf(b.moment));
  const row = (name: string, items: Item[], format: ReturnType<typeof goalFormatOf> | null) => {
    const count = (kinds: Item['kind'][]) => items.filter((i) => kinds.includes(i.kind)).length;
    return {
      name,
      scale: count(['state', 'retrospective', 'factor']),
      open: count(['open']),
      goals: count(['goal']),
      minutes: estimateMinutes(estimateSeconds(items, { count: ASSUMED_GOALS, format })),
    };
  };
  const rows = current.map((i) =>
    row(
      `${t(`instruments.library.audiences.${i.audience}`)}: ${t(`questionnaires.momentFull.${i.moment}`)}`,
      i.items,
      i.items.some((item) => item.kind === 'goal') ? goalFormatOf(i.moment) : null,
    ),
  );
  const t0 = current.find((i) => i.audience === 'participant' && i.moment === 'T0');
  if (t0)
    rows.push(
      row(
        `${t('instruments.library.comparison')} (T0–T3)`,
        t0.items.filter((i) => i.kind === 'state'),
        null,
      ),
    );
  const label = t('instruments.library.durationsTable');
  return (
    <section aria-labelledby="durations-heading">
      <Title order={3} id="durations-heading" mb={4}>
        {t('instruments.library.durations')}
      </Title>
      <Text fz="sm" c="dimmed" mb="sm" maw="75ch">
        {t('instruments.library.durationsIntro')} {t('instruments.library.comparisonNote')}
      </Text>
      <TableRegion label={label}>
        <Table aria-label={label} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('instruments.library.questionnaire')}</Table.Th>
              <Table.Th scope="col">{t('instruments.library.scale')}</Table.Th>
              <Table.Th scope="col">{t('instruments.library.open')}</Table.Th>
              <Table.Th scope="col">{t('instruments.library.goals')}</Table.Th>
              <Table.Th scope="col">{t('instruments.library.minutes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.name}>
                <Table.Th scope="row" fw={400} fz="sm">
                  {r.name}
                </Table.Th>
                <Table.Td fz="sm">{r.scale}</Table.Td>
                <Table.Td fz="sm">{r.open}</Table.Td>
                <Table.Td fz="sm">{r.goals}</Table.Td>
                <Table.Td fz="sm" fw={600}>
                  {r.minutes}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableRegion>
    </section>
  );
}

function Coverage({ library }: { library: InstrumentView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const typology = useCodeOptions('typology');
  const label = t('instruments.library.coverageTable');
  const keys = (list: string[]) => (list.length ? list.join(', ') : '—');
  return (
    <section aria-labelledby="coverage-heading">
      <Title order={3} id="coverage-heading" mb="sm">
        {t('instruments.library.coverage')}
      </Title>
      <TableRegion label={label}>
        <Table aria-label={label} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('instruments.library.indicator')}</Table.Th>
              <Table.Th scope="col">{t('instruments.library.participantItems')}</Table.Th>
              <Table.Th scope="col">{t('instruments.library.organisationItems')}</Table.Th>
              <Table.Th scope="col">{t('instruments.library.otherwise')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {typologyCoverage(library).map((c) => (
              <Table.Tr key={c.code} style={{ verticalAlign: 'top' }}>
                <Table.Th scope="row" fw={400} fz="sm" style={{ minWidth: '12rem' }}>
                  <Text span fz="sm" fw={600}>
                    {c.code}
                  </Text>{' '}
                  {typology.label(c.code)}
                </Table.Th>
                <Table.Td fz="xs">{keys(c.participant)}</Table.Td>
                <Table.Td fz="xs">{keys(c.organisation)}</Table.Td>
                <Table.Td fz="xs" style={{ minWidth: '14rem' }}>
                  {c.otherwise ? c.otherwise[locale] : c.participant.length + c.organisation.length ? '—' : t('instruments.library.notMeasured')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableRegion>
    </section>
  );
}

function Factors({ library }: { library: InstrumentView[] }) {
  const { t } = useTranslation();
  const factors = useCodeOptions('factors');
  const label = t('instruments.library.factorsTable');
  return (
    <section aria-labelledby="factors-heading">
      <Title order={3} id="factors-heading" mb={4}>
        {t('instruments.library.factors')}
      </Title>
      <Text fz="sm" c="dimmed" mb="sm" maw="75ch">
        {t('instruments.library.factorsIntro')}
      </Text>
      <TableRegion label={label}>
        <Table aria-label={label} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('instruments.library.factor')}</Table.Th>
              <Table.Th scope="col">{t('instruments.library.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {factorCoverage(library).map((f) => (
              <Table.Tr key={f.code}>
                <Table.Th scope="row" fw={400} fz="sm">
                  {factors.label(f.code)}
                </Table.Th>
                <Table.Td fz="sm">
                  {t(`instruments.library.sources.${f.source}`)}
                  {f.items.length ? (
                    <Text fz="xs" c="dimmed">
                      {f.items.join(', ')}
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableRegion>
    </section>
  );
}
