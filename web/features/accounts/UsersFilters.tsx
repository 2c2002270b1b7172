import { NativeSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAgency } from '../../../shared/access.js';
import { ACCOUNT_STATUSES, INVITABLE_ROLES, LAST_SIGN_IN_FILTERS } from '../../../shared/accounts.js';
import { SearchPicker } from '../../components/SearchPicker.js';
import { useUser } from '../auth/session.js';
import { activeOrganisationSearch, useOrganisation } from '../organisations/queries.js';

export const USER_FILTERS = ['q', 'organisationId', 'role', 'status', 'lastSignIn'] as const;
export type UserFilter = Record<(typeof USER_FILTERS)[number], string>;

/** The users page's search and filters; the agency also filters by organisation and role. */
export function UsersFilters({ filter, onChange }: { filter: UserFilter; onChange: (name: keyof UserFilter, value: string, replace?: boolean) => void }) {
  const { t } = useTranslation();
  const me = useUser();
  const agency = isAgency(me);
  const [search, setSearch] = useState(filter.q);
  useEffect(() => setSearch(filter.q), [filter.q]);
  const applySearch = useDebouncedCallback((value: string) => onChange('q', value.trim(), true), 350);
  // the organisation named in the address, so that the picker shows its name before any search
  const chosen = useOrganisation(filter.organisationId || undefined);
  const option = (value: string, label: string) => ({ value, label });

  return (
    <Paper withBorder p="md" radius="md" mb="md" component="search" aria-label={t('accounts.users.filters')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onChange('q', search.trim());
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: agency ? 5 : 3 }}>
          <TextInput
            label={t('accounts.users.search')}
            type="search"
            placeholder={t('accounts.users.searchPlaceholder')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              applySearch(e.currentTarget.value);
            }}
          />
          {agency ? (
            <>
              <SearchPicker
                label={t('accounts.users.organisation')}
                placeholder={t('accounts.users.allOrganisations')}
                value={filter.organisationId || null}
                selected={chosen.data ? { value: chosen.data.id, label: chosen.data.name } : undefined}
                onChange={(id) => onChange('organisationId', id ?? '')}
                search={activeOrganisationSearch}
              />
              <NativeSelect
                label={t('accounts.users.role')}
                value={filter.role}
                onChange={(e) => onChange('role', e.currentTarget.value)}
                data={[option('', t('accounts.users.allRoles')), ...INVITABLE_ROLES.map((r) => option(r, t(`accounts.roles.${r}`)))]}
              />
            </>
          ) : null}
          <NativeSelect
            label={t('accounts.users.status')}
            value={filter.status}
            onChange={(e) => onChange('status', e.currentTarget.value)}
            data={[option('', t('accounts.users.allStatuses')), ...ACCOUNT_STATUSES.map((s) => option(s, t(`accounts.statuses.${s}`)))]}
          />
          <NativeSelect
            label={t('accounts.users.lastSignIn')}
            value={filter.lastSignIn}
            onChange={(e) => onChange('lastSignIn', e.currentTarget.value)}
            data={[option('', t('accounts.users.anyTime')), ...LAST_SIGN_IN_FILTERS.map((f) => option(f, t(`accounts.users.lastSignInOptions.${f}`)))]}
          />
        </SimpleGrid>
      </form>
    </Paper>
  );
}
