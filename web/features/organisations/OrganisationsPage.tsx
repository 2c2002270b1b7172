import { Anchor, Button, Modal, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ListPagination } from '../../components/ListPagination.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { TableRegion } from '../../components/TableRegion.js';
import { countryName } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useLocale } from '../../lib/useLocale.js';
import { useUser } from '../auth/session.js';
import { OrganisationForm } from './OrganisationForm.js';
import { useOrganisationList } from './queries.js';
import { canAdminister, isAgency } from '../../../shared/access.js';

const PAGE_SIZE = 20;

export function OrganisationsPage() {
  const { t } = useTranslation();
  const { label, options } = useTerms();
  const user = useUser();
  const navigate = useNavigate();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const [creating, createModal] = useDisclosure(false);
  useDocumentTitle(t('organisations.title'));

  const q = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const archived = params.get('archived') === 'true' ? 'true' : 'false';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);

  function setFilter(name: 'q' | 'type' | 'archived', value: string, replace = false) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('page');
        return next;
      },
      { replace },
    );
  }
  const applySearch = useDebouncedCallback((value: string) => setFilter('q', value.trim(), true), 350);

  const list = useOrganisationList({ q: q || undefined, type: type || undefined, archived, page, pageSize: PAGE_SIZE });
  const agency = isAgency(user);

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        description={t('organisations.intro')}
        actions={canAdminister(user) ? <Button onClick={createModal.open}>{t('organisations.new')}</Button> : null}
      />
      <Paper withBorder p="md" radius="md" mb="md" component="search" aria-label={t('organisations.filters')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setFilter('q', search.trim());
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: agency ? 3 : 2 }}>
            <TextInput
              label={t('organisations.searchLabel')}
              type="search"
              placeholder={t('organisations.searchDescription')}
              value={search}
              onChange={(e) => {
                setSearch(e.currentTarget.value);
                applySearch(e.currentTarget.value);
              }}
            />
            <NativeSelect
              label={t('organisation.type')}
              value={type}
              onChange={(e) => setFilter('type', e.currentTarget.value)}
              data={[{ value: '', label: t('organisations.allTypes') }, ...options('organisation_type')]}
            />
            {agency ? (
              <NativeSelect
                label={t('organisations.showArchived')}
                value={archived}
                onChange={(e) => setFilter('archived', e.currentTarget.value === 'true' ? 'true' : '')}
                data={[
                  { value: 'false', label: t('organisations.activeOnly') },
                  { value: 'true', label: t('organisations.archivedOnly') },
                ]}
              />
            ) : null}
          </SimpleGrid>
        </form>
      </Paper>

      <Text fw={600} role="status" aria-live="polite" mb="xs" mih={24}>
        {list.data ? t('organisations.count', { count: list.data.total }) : ''}
      </Text>
      <QueryState query={list}>
        {(data) =>
          data.items.length ? (
            <Stack gap={0} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isPlaceholderData}>
              <TableRegion label={t('organisations.tableLabel')}>
                <Table aria-label={t('organisations.tableLabel')} highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('organisation.name')}</Table.Th>
                      <Table.Th scope="col">{t('organisation.type')}</Table.Th>
                      <Table.Th scope="col">{t('organisation.sector')}</Table.Th>
                      <Table.Th scope="col">{t('organisation.city')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('organisations.projectCount')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((organisation) => (
                      <Table.Tr key={organisation.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/organisations/${organisation.id}`} fw={600}>
                            {organisation.name}
                          </Anchor>
                          {organisation.shortName && organisation.shortName !== organisation.name ? (
                            <Text fz="xs" c="dimmed" mt={2}>
                              {organisation.shortName}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td fz="sm">{label('organisation_type', organisation.type)}</Table.Td>
                        <Table.Td fz="sm">{organisation.sector ? label('sector', organisation.sector) : '—'}</Table.Td>
                        <Table.Td fz="sm">
                          {[organisation.city, organisation.country !== 'NL' ? countryName(organisation.country, locale) : null].filter(Boolean).join(', ') ||
                            '—'}
                        </Table.Td>
                        <Table.Td fz="sm" ta="right">
                          {organisation.projectCount}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableRegion>
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
              <Text>{t('organisations.empty')}</Text>
            </Paper>
          )
        }
      </QueryState>

      <Modal opened={creating} onClose={createModal.close} title={t('organisation.createTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <OrganisationForm
          onCancel={createModal.close}
          onSaved={(organisation) => navigate(`/organisations/${organisation.id}`, { state: { notice: 'created' } })}
        />
      </Modal>
    </>
  );
}
