import { Button, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { isAgency } from '../../../shared/access.js';
import { type AccountView, INVITATION_VALID_DAYS } from '../../../shared/accounts.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { ListPagination } from '../../components/ListPagination.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty } from '../../components/Section.js';
import { ErrorAlert } from '../../components/States.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useUser } from '../auth/session.js';
import { InviteForm } from './InviteForm.js';
import { useResendInvitation, useUpdateUser, useUserList } from './queries.js';
import { RoleForm } from './RoleForm.js';
import { USER_FILTERS, type UserFilter, UsersFilters } from './UsersFilters.js';
import { type UserAction, UsersTable } from './UsersTable.js';

const PAGE_SIZE = 25;

/** `/users`: the NA admin's accounts of everyone, a coordinator's colleagues; invite, change, deactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useUser();
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string | null>(null);
  const [inviting, setInviting] = useState(false);
  const [pending, setPending] = useState<{ action: UserAction; account: AccountView } | null>(null);
  useDocumentTitle(t('accounts.users.title'));

  const filter = Object.fromEntries(USER_FILTERS.map((f) => [f, params.get(f) ?? ''])) as UserFilter;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const setFilter = (name: keyof UserFilter, value: string, replace = false) =>
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

  const list = useUserList({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), page, pageSize: PAGE_SIZE });
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

  return (
    <>
      <PageHeader
        title={t('accounts.users.title')}
        description={isAgency(me) ? t('accounts.users.introAgency') : t('accounts.users.introCoordinator', { organisation: me.organisationName ?? '' })}
        actions={<Button onClick={() => setInviting(true)}>{t('accounts.users.invite')}</Button>}
      />
      <StatusNotice notice={notice} onClose={() => setNotice(null)} />
      {update.error || resend.error ? <ErrorAlert error={update.error ?? resend.error} /> : null}
      <UsersFilters filter={filter} onChange={setFilter} />

      <Text fw={600} role="status" aria-live="polite" mb="xs" mih={24}>
        {list.data ? t('accounts.users.count', { count: list.data.total }) : ''}
      </Text>
      <QueryState query={list}>
        {(data) =>
          data.items.length ? (
            <Stack gap={0} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isPlaceholderData}>
              <UsersTable accounts={data.items} onAction={(action, account) => void act(action, account).catch(() => undefined)} />
              <ListPagination
                page={page}
                pageSize={PAGE_SIZE}
                total={data.total}
                onChange={(p) => setParams((current) => new URLSearchParams({ ...Object.fromEntries(current), page: String(p) }))}
              />
            </Stack>
          ) : (
            <Empty>{t('accounts.users.empty')}</Empty>
          )
        }
      </QueryState>

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
