import { Button, Group, NativeSelect, Paper, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHANGE_MOMENTS } from '../../../shared/analytics.js';
import { SearchPicker } from '../../components/SearchPicker.js';
import { useTerms } from '../../lib/reference.js';
import { useQuery } from '@tanstack/react-query';
import { organisations as organisationsApi } from '../../api/endpoints.js';
import { keys } from '../../api/keys.js';
import { activeOrganisationSearch } from '../organisations/queries.js';
import type { FilterName, Selection } from './selection.js';

/** Call years to choose from: the first year of the 2014-2020 programme up to next year. */
function callYears(): string[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 2014 + 1 }, (_, i) => String(last - i));
}

/**
 * The dashboard's filters. The programme's: sector, key action, activity type, call year and, for the Agency, an
 * organisation; a project's: its activity types. Both choose the two moments a change is measured between.
 */
export function DashboardFilters({ selection, scope, agency }: { selection: Selection; scope: 'programme' | 'project'; agency: boolean }) {
  const { t } = useTranslation();
  const { options } = useTerms();
  const { filter, set } = selection;
  // the chosen organisation's name, when the address names it before any search has found it
  const organisation = useQuery({
    queryKey: keys.organisations.detail(filter.organisationId),
    queryFn: ({ signal }) => organisationsApi.get(filter.organisationId, signal),
    enabled: scope === 'programme' && agency && !!filter.organisationId,
  }).data;
  const select = (name: FilterName, label: string, all: string | null, data: { value: string; label: string }[], value = filter[name]) => (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => set(name, e.currentTarget.value)}
      data={all === null ? data : [{ value: '', label: all }, ...data]}
    />
  );
  const moments = CHANGE_MOMENTS.map((m) => ({ value: m, label: m }));
  return (
    <Paper withBorder p="md" radius="md" mb="lg" component="search" aria-label={t('analytics.filters.label')}>
      <form onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: scope === 'programme' ? 4 : 3 }} spacing="md">
          {scope === 'programme' ? (
            <>
              {select('sector', t('analytics.filters.sector'), t('analytics.filters.allSectors'), options('sector'))}
              {select('keyAction', t('analytics.filters.keyAction'), t('analytics.filters.allKeyActions'), options('key_action'))}
            </>
          ) : null}
          {select('activityType', t('analytics.filters.activityType'), t('analytics.filters.allActivityTypes'), options('activity_type'))}
          {scope === 'programme'
            ? select(
                'callYear',
                t('analytics.filters.callYear'),
                t('analytics.filters.allYears'),
                callYears().map((y) => ({ value: y, label: y })),
              )
            : null}
          {select('from', t('analytics.filters.from'), null, moments.slice(0, -1), selection.from)}
          {select(
            'to',
            t('analytics.filters.to'),
            null,
            moments.filter((m) => m.value > selection.from),
            selection.to,
          )}
          {scope === 'programme' && agency ? (
            <div>
              <SearchPicker
                label={t('analytics.filters.organisation')}
                placeholder={t('analytics.filters.allOrganisations')}
                value={filter.organisationId || null}
                selected={organisation ? { value: organisation.id, label: organisation.name } : undefined}
                onChange={(id) => set('organisationId', id ?? '')}
                search={activeOrganisationSearch}
              />
            </div>
          ) : null}
        </SimpleGrid>
        {selection.any ? (
          <Group justify="flex-end" mt="sm">
            <Button variant="subtle" size="compact-sm" onClick={selection.reset}>
              {t('analytics.filters.reset')}
            </Button>
          </Group>
        ) : null}
      </form>
    </Paper>
  );
}
