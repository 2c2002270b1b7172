import { Button, Checkbox, Group, NativeSelect, Paper, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchPicker } from '../../components/SearchPicker.js';
import { useTerms } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { projectLabel, projectSearch, useProject } from '../projects/queries.js';
import { type CodeIndex, groupedCodeOptions } from './codes.js';

export const FILTERS = ['code', 'codeId', 'sector', 'keyAction', 'activityType', 'projectId', 'role', 'moment', 'quotesOnly'] as const;
export type FilterName = (typeof FILTERS)[number];

/** The filters of retrieval: a code, a project (searched on the server), the case's sector, action and activity, the speaker's role, the moment, quotes only. */
export function RetrievalFilters({
  filter,
  index,
  onChange,
  onReset,
}: {
  filter: Record<FilterName, string>;
  index: CodeIndex;
  onChange: (changes: Partial<Record<FilterName, string>>) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const { options } = useTerms();
  const locale = useLocale();
  // the chosen project's name, when the address names it before any search has found it
  const chosenProject = useProject(filter.projectId || undefined).data;
  // typology codes go by key, so a domain (PRO) also finds its indicators; others by id
  const codeValue = filter.code ? `key:${filter.code}` : filter.codeId ? `id:${filter.codeId}` : null;
  const codeOptions = groupedCodeOptions(index, index.books, locale, {
    withArchived: true,
    valueFor: (code) => (code.book.kind === 'typology' ? `key:${code.key}` : `id:${code.id}`),
    domainLabel: (name) => t('coding.domain', { name }),
  });
  const anyFilter = FILTERS.some((name) => filter[name]);
  const select = (name: FilterName, label: string, all: string, data: { value: string; label: string }[]) => (
    <NativeSelect
      label={label}
      value={filter[name]}
      onChange={(e) => onChange({ [name]: e.currentTarget.value })}
      data={[{ value: '', label: all }, ...data]}
    />
  );

  return (
    <Paper withBorder p="md" radius="md" mb="lg" component="search" aria-label={t('coding.retrievalPage.filters')}>
      <form onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          <Select
            label={t('coding.retrievalPage.code')}
            placeholder={t('coding.retrievalPage.allCodes')}
            data={codeOptions}
            value={codeValue}
            onChange={(value) => onChange({ code: value?.startsWith('key:') ? value.slice(4) : '', codeId: value?.startsWith('id:') ? value.slice(3) : '' })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('coding.clear') }}
            nothingFoundMessage={t('coding.panel.nothingFound')}
            maxDropdownHeight={360}
            style={{ gridColumn: 'span 2' }}
            comboboxProps={{ width: 'target' }}
          />
          <div style={{ gridColumn: 'span 2' }}>
            <SearchPicker
              label={t('coding.retrievalPage.project')}
              placeholder={t('coding.retrievalPage.allProjects')}
              value={filter.projectId || null}
              selected={chosenProject ? { value: chosenProject.id, label: projectLabel(chosenProject) } : undefined}
              onChange={(id) => onChange({ projectId: id ?? '' })}
              search={projectSearch}
            />
          </div>
          {select('sector', t('coding.retrievalPage.sector'), t('coding.retrievalPage.allSectors'), options('sector'))}
          {select('keyAction', t('coding.retrievalPage.keyAction'), t('coding.retrievalPage.allKeyActions'), options('key_action'))}
          {select('activityType', t('coding.retrievalPage.activityType'), t('coding.retrievalPage.allActivityTypes'), options('activity_type'))}
          {select('role', t('coding.retrievalPage.role'), t('coding.retrievalPage.allRoles'), options('interviewee_role'))}
          {select('moment', t('coding.retrievalPage.moment'), t('coding.retrievalPage.allMoments'), options('moment'))}
          <Group justify="space-between" align="flex-end" pb={6} gap="sm">
            <Checkbox
              label={t('coding.retrievalPage.quotesOnly')}
              checked={filter.quotesOnly === 'true'}
              onChange={(e) => onChange({ quotesOnly: e.currentTarget.checked ? 'true' : '' })}
            />
            {anyFilter ? (
              <Button variant="subtle" size="compact-sm" onClick={onReset}>
                {t('coding.retrievalPage.reset')}
              </Button>
            ) : null}
          </Group>
        </SimpleGrid>
      </form>
    </Paper>
  );
}
