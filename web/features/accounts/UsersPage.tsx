import { Button, Modal, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ACCOUNT_STATUSES, type AccountView, INVITABLE_ROLES, INVITATION_VALID_DAYS, LAST_SIGN_IN_FILTERS } from '../../../shared/accounts.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { ListPagination } from '../../components/ListPagination.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState } from '../../components/States.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useUser } from '../auth/session.js';
import { InviteForm } from './InviteForm.js';
import { RoleForm } from './RoleForm.js';
import { useAllOrganisations, useResendInvitation, useUpdateUser, useUserList } from './useAccounts.js';
import { type UserAction, UsersTable } from './UsersTable.js';

const PAGE_SIZE = 25;
const FILTERS = ['q', 'organisationId', 'role', 'status', 'lastSignIn'] as const;

/** `/users`: the NA admin's accounts of everyone, a coordinator's colleagues; invite, change, deactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useUser();
  const isAdmin = me.role === 'na_admin';
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string | null>(null);
  const [inviting, setInviting] = useState(false);
  const [pending, setPending] = useState<{ action: UserAction; account: AccountView } | null>(null);
  useDocumentTitle(t('accounts.users.title'));

  const filter = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(filter.q);
  useEffect(() => setSearch(filter.q), [filter.q]);
  const setFilter = (name: string, value: string, replace = false) =>
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
  const applySearch = useDebouncedCallback((value: string) => setFilter('q', value.trim(), true), 350);

  const list = useUserList({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), page, pageSize: PAGE_SIZE });
  const organisations = useAllOrganisations(isAdmin);
  const update = useUpdateUser();
  const deactivate = useUpdateUser();
  const resend = useResendInvitation();

  async function act(action: UserAction, account: AccountView) {
    if (action === 'role' || action === 'deactivate') return setPending({ action, account });
    setNotice(null);
    if (action === 'resend') {
      await resend.mutateAsync(account);
      setNotice(t('accounts.users.resent', { email: account.email }));
    } else {
      await update.mutateAsync({ id: account.id, patch: { active: true } });
      setNotice(t('accounts.users.reactivated', { name: account.name }));
    }
  }
  const option = (value: string, label: string) => ({ value, label });

  return (
    <>
      <PageHeader
        title={t('accounts.users.title')}
        description={isAdmin ? t('accounts.users.introAgency') : t('accounts.users.introCoordinator', { organisation: me.organisationName ?? '' })}
        actions={<Button onClick={() => setInviting(true)}>{t('accounts.users.invite')}</Button>}
      />
      <StatusNotice notice={notice} onClose={() => setNotice(null)} />
      {update.error || resend.error ? <ErrorAlert error={update.error ?? resend.error} /> : null}
      <Paper withBorder p="md" radius="md" mb="md" component="section" aria-label={t('accounts.users.filters')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setFilter('q', search.trim());
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2, md: isAdmin ? 5 : 3 }}>
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
            {isAdmin ? (
              <>
                <NativeSelect
                  label={t('accounts.users.organisation')}
                  value={filter.organisationId}
                  onChange={(e) => setFilter('organisationId', e.currentTarget.value)}
                  data={[option('', t('accounts.users.allOrganisations')), ...(organisations.data ?? []).map((o) => option(o.id, o.name))]}
                />
                <NativeSelect
                  label={t('accounts.users.role')}
                  value={filter.role}
                  onChange={(e) => setFilter('role', e.currentTarget.value)}
                  data={[option('', t('accounts.users.allRoles')), ...INVITABLE_ROLES.map((r) => option(r, t(`accounts.roles.${r}`)))]}
                />
              </>
            ) : null}
            <NativeSelect
              label={t('accounts.users.status')}
              value={filter.status}
              onChange={(e) => setFilter('status', e.currentTarget.value)}
              data={[option('', t('accounts.users.allStatuses')), ...ACCOUNT_STATUSES.map((s) => option(s, t(`accounts.statuses.${s}`)))]}
            />
            <NativeSelect
              label={t('accounts.users.lastSignIn')}
              value={filter.lastSignIn}
              onChange={(e) => setFilter('lastSignIn', e.currentTarget.value)}
              data={[option('', t('accounts.users.anyTime')), ...LAST_SIGN_IN_FILTERS.map((f) => option(f, t(`accounts.users.lastSignInOptions.${f}`)))]}
            />
          </SimpleGrid>
        </form>
      </Paper>

      <Text fw={600} role="status" aria-live="polite" mb="xs" mih={24}>
        {list.data ? t('accounts.users.count', { count: list.data.total }) : ''}
      </Text>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isPending ? <LoadingState /> : null}
      {list.data ? (
        list.data.items.length ? (
          <Stack gap={0} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isFetching}>
            <UsersTable accounts={list.data.items} onAction={(action, account) => void act(action, account).catch(() => undefined)} />
            <ListPagination
              page={page}
              pageSize={PAGE_SIZE}
              total={list.data.total}
              onChange={(p) => setParams((current) => new URLSearchParams({ ...Object.fromEntries(current), page: String(p) }))}
            />
          </Stack>
        ) : (
          <Paper withBorder p="xl" radius="md" ta="center">
            <Text>{t('accounts.users.empty')}</Text>
          </Paper>
        )
      ) : null}

      <Modal opened={inviting} onClose={() => setInviting(false)} title={t('accounts.inviteForm.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <InviteForm
          onCancel={() => setInviting(false)}
          onInvited={(account) => {
            setInviting(false);
            setNotice(t('accounts.users.invited', { email: account.email, days: INVITATION_VALID_DAYS }));
          }}
        />
      </Modal>
      <Modal
        opened={pending?.action === 'role'}
        onClose={() => setPending(null)}
        title={t('accounts.roleForm.title', { name: pending?.account.name ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {pending?.action === 'role' ? (
          <RoleForm
            account={pending.account}
            onCancel={() => setPending(null)}
            onSaved={(account) => {
              setPending(null);
              setNotice(t('accounts.users.roleChanged', { name: account.name, role: t(`roles.${account.role}`).toLowerCase() }));
            }}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={pending?.action === 'deactivate'}
        title={t('accounts.users.deactivateTitle')}
        message={t('accounts.users.deactivateConfirm', { name: pending?.account.name ?? '' })}
        confirmLabel={t('accounts.users.deactivate')}
        onClose={() => setPending(null)}
        onConfirm={async () => {
          const account = pending!.account;
          await deactivate.mutateAsync({ id: account.id, patch: { active: false } });
          setNotice(t('accounts.users.deactivated', { name: account.name }));
        }}
      />
    </>
  );
}
