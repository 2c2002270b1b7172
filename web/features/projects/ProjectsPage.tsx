import { Button, Group, Modal, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ListPagination } from '../../components/ListPagination.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { useTerms } from '../../lib/reference.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useUser } from '../auth/session.js';
import { ProjectForm } from './ProjectForm.js';
import { ProjectsTable } from './ProjectsTable.js';
import { useProjectList } from './queries.js';
import { canCreateProjects } from '../../../shared/access.js';

const PAGE_SIZE = 20;
const FILTERS = ['sector', 'keyAction', 'callYear', 'status', 'q'] as const;
type Filter = (typeof FILTERS)[number];

/** Call years to choose from: the first year of the 2014-2020 programme up to next year. */
function callYears(): string[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 2014 + 1 }, (_, i) => String(last - i));
}

export function ProjectsPage() {
  const { t } = useTranslation();
  const { options } = useTerms();
  const user = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, createModal] = useDisclosure(false);
  useDocumentTitle(t('projects.title'));

  const filter = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<Filter, string>;
  const page = Math.max(1, Number(params.get('page')) || 1);

  // the search box updates the address a moment after typing stops, not on every key
  const [search, setSearch] = useState(filter.q);
  useEffect(() => setSearch(filter.q), [filter.q]);

  function setFilter(name: Filter, value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('page');
        return next;
      },
      { replace: name === 'q' },
    );
  }
  const applySearch = useDebouncedCallback((value: string) => setFilter('q', value.trim()), 350);

  const list = useProjectList({ ...filter, q: filter.q || undefined, callYear: filter.callYear || undefined, page, pageSize: PAGE_SIZE });
  const anyFilter = FILTERS.some((name) => filter[name]);

  return (
    <>
      <PageHeader
        title={t('projects.title')}
        description={t('projects.intro')}
        actions={canCreateProjects(user) ? <Button onClick={createModal.open}>{t('projects.new')}</Button> : null}
      />

      <Paper withBorder p="md" radius="md" mb="md" component="search" aria-label={t('projects.filters')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            applySearch.cancel?.();
            setFilter('q', search.trim());
          }}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="md">
            <NativeSelect
              label={t('project.sector')}
              value={filter.sector}
              onChange={(e) => setFilter('sector', e.currentTarget.value)}
              data={[{ value: '', label: t('projects.allSectors') }, ...options('sector')]}
            />
            <NativeSelect
              label={t('project.keyAction')}
              value={filter.keyAction}
              onChange={(e) => setFilter('keyAction', e.currentTarget.value)}
              data={[{ value: '', label: t('projects.allKeyActions') }, ...options('key_action')]}
            />
            <NativeSelect
              label={t('project.callYear')}
              value={filter.callYear}
              onChange={(e) => setFilter('callYear', e.currentTarget.value)}
              data={[{ value: '', label: t('projects.allYears') }, ...callYears()]}
            />
            <NativeSelect
              label={t('project.status')}
              value={filter.status}
              onChange={(e) => setFilter('status', e.currentTarget.value)}
              data={[{ value: '', label: t('projects.allStatuses') }, ...options('project_status')]}
            />
            <TextInput
              label={t('projects.searchLabel')}
              type="search"
              value={search}
              onChange={(e) => {
                setSearch(e.currentTarget.value);
                applySearch(e.currentTarget.value);
              }}
              placeholder={t('projects.searchDescription')}
            />
          </SimpleGrid>
        </form>
      </Paper>

      <Group justify="space-between" mb="xs" mih={30}>
        <Text fw={600} role="status" aria-live="polite">
          {list.data ? t('projects.count', { count: list.data.total }) : ''}
        </Text>
        {anyFilter ? (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              setSearch('');
              setParams(new URLSearchParams());
            }}
          >
            {t('projects.resetFilters')}
          </Button>
        ) : null}
      </Group>

      <QueryState query={list}>
        {(data) =>
          data.items.length ? (
            <Stack gap={0} style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={list.isPlaceholderData}>
              <ProjectsTable items={data.items} label={t('projects.tableLabel')} />
              <ListPagination
                page={page}
                pageSize={PAGE_SIZE}
                total={data.total}
                onChange={(p) =>
                  setParams((current) => {
                    const next = new URLSearchParams(current);
                    next.set('page', String(p));
                    return next;
                  })
                }
              />
            </Stack>
          ) : (
            <Paper withBorder p="xl" radius="md" ta="center">
              <Text>{t('projects.empty')}</Text>
            </Paper>
          )
        }
      </QueryState>

      <Modal opened={creating} onClose={createModal.close} title={t('project.createTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <ProjectForm onCancel={createModal.close} onSaved={(project) => navigate(`/projects/${project.id}`, { state: { notice: 'created' } })} />
      </Modal>
    </>
  );
}
