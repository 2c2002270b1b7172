import { Button, Checkbox, Group, NativeSelect, NumberInput, Paper, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEY_ACTIONS, type KeyAction, SECTORS, type Sector } from '../../../shared/reference.js';
import { type CaseCandidateView, MAX_REPORT_PROJECTS } from '../../../shared/reports.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { formatDate } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { useCaseCandidates } from './queries.js';

/** The projects that meet the report's criteria, to tick as cases; the choice stays while the criteria change. */
export function CaseSelection({ chosen, onChange }: { chosen: CaseCandidateView[]; onChange: (chosen: CaseCandidateView[]) => void }) {
  const { t } = useTranslation();
  const [sector, setSector] = useState<Sector | ''>('');
  const [keyAction, setKeyAction] = useState<KeyAction | ''>('');
  const [closedYears, setClosedYears] = useState<number | ''>(3);
  const [staffOnly, setStaffOnly] = useState(true);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const candidates = useCaseCandidates({
    sector: sector || undefined,
    keyAction: keyAction || undefined,
    closedYears: closedYears === '' ? undefined : closedYears,
    staffOnly: staffOnly ? 'true' : undefined,
    q: q || undefined,
  });
  const terms = useTerms();
  const toggle = (c: CaseCandidateView, on: boolean) => onChange(on ? [...chosen, c].slice(0, MAX_REPORT_PROJECTS) : chosen.filter((x) => x.id !== c.id));

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <NativeSelect
            label={t('reports.select.sector')}
            value={sector}
            onChange={(e) => setSector(e.currentTarget.value as Sector | '')}
            data={[{ value: '', label: t('reports.select.any') }, ...SECTORS.map((s) => ({ value: s, label: terms.label('sector', s) }))]}
          />
          <NativeSelect
            label={t('reports.select.keyAction')}
            value={keyAction}
            onChange={(e) => setKeyAction(e.currentTarget.value as KeyAction | '')}
            data={[{ value: '', label: t('reports.select.any') }, ...KEY_ACTIONS.map((k) => ({ value: k, label: terms.label('key_action', k) }))]}
          />
          <NumberInput
            label={t('reports.select.closedYears')}
            value={closedYears}
            onChange={(v) => setClosedYears(typeof v === 'number' ? v : '')}
            min={0}
            max={30}
            w={220}
          />
          <TextInput label={t('reports.select.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
          <Switch label={t('reports.select.staffOnly')} checked={staffOnly} onChange={(e) => setStaffOnly(e.currentTarget.checked)} />
        </Group>
      </Paper>
      <Group justify="space-between">
        <Text fw={600} role="status">
          {t('reports.select.chosen', { count: chosen.length })}
        </Text>
        {chosen.length ? (
          <Button variant="subtle" size="compact-sm" onClick={() => onChange([])}>
            {t('reports.select.clear')}
          </Button>
        ) : null}
      </Group>
      <QueryState query={candidates}>
        {(rows) => (rows.length ? <CandidateTable rows={rows} chosen={chosen} onToggle={toggle} /> : <Empty>{t('reports.select.none')}</Empty>)}
      </QueryState>
    </Stack>
  );
}

function CandidateTable({
  rows,
  chosen,
  onToggle,
}: {
  rows: CaseCandidateView[];
  chosen: CaseCandidateView[];
  onToggle: (c: CaseCandidateView, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <TableRegion label={t('reports.select.table')}>
      <Table verticalSpacing="xs" horizontalSpacing="sm" aria-label={t('reports.select.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.select.choose')}</Table.Th>
            <Table.Th scope="col">{t('reports.select.project')}</Table.Th>
            <Table.Th scope="col">{t('reports.select.sector')}</Table.Th>
            <Table.Th scope="col">{t('reports.select.ended')}</Table.Th>
            <Table.Th scope="col">{t('reports.select.staff')}</Table.Th>
            <Table.Th scope="col">{t('reports.select.evidence')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Checkbox
                  checked={chosen.some((x) => x.id === c.id)}
                  onChange={(e) => onToggle(c, e.currentTarget.checked)}
                  aria-label={t('reports.select.chooseProject', { title: c.acronym ?? c.title })}
                />
              </Table.Td>
              <Table.Th scope="row" fw={400} style={{ minWidth: '14rem' }}>
                <Text fz="sm" fw={600}>
                  {c.acronym ? `${c.acronym} – ${c.title}` : c.title}
                </Text>
                <Text fz="xs" c="dimmed">
                  {c.organisation.name}
                </Text>
              </Table.Th>
              <Table.Td fz="sm">
                {c.sector} · {c.keyAction}
              </Table.Td>
              <Table.Td fz="sm">
                {c.endDate ? `${formatDate(c.endDate, locale)} (${t('reports.select.yearsAgo', { count: c.closedYears ?? 0 })})` : t('reports.select.notEnded')}
              </Table.Td>
              <Table.Td fz="sm">{c.staffTarget ? t('reports.select.staffYes') : t('reports.select.staffNo')}</Table.Td>
              <Table.Td fz="sm">
                {c.segments} ({c.quotes})
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
