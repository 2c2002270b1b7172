import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccountView, INVITABLE_ROLES, type InvitableRole, type UserPatch, userPatch } from '../../../shared/accounts.js';
import { FormError } from '../../components/FormError.js';
import { SearchPicker } from '../../components/SearchPicker.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { activeOrganisationSearch } from '../organisations/queries.js';
import { useUpdateUser } from './queries.js';

/** The NA admin's change of someone's role; a coordinator needs an organisation. */
export function RoleForm({ account, onCancel, onSaved }: { account: AccountView; onCancel: () => void; onSaved: (user: AccountView) => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<InvitableRole>(
    (INVITABLE_ROLES as readonly string[]).includes(account.role) ? (account.role as InvitableRole) : 'coordinator',
  );
  const [organisationId, setOrganisationId] = useState(account.organisationId ?? '');
  const update = useUpdateUser();
  const write = { mutateAsync: (patch: UserPatch) => update.mutateAsync({ id: account.id, patch }), isPending: update.isPending };
  const form = useSubmit(userPatch, write, onSaved);
  const input = { role, ...(role === 'coordinator' ? { organisationId: organisationId || null } : {}) };
  return (
    <form ref={form.formRef} onSubmit={(e) => void form.submit(e, input)} noValidate>
      <Stack gap="md">
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <NativeSelect
          label={t('accounts.inviteForm.role')}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as InvitableRole)}
          data={INVITABLE_ROLES.map((r) => ({ value: r, label: t(`accounts.roles.${r}`) }))}
          error={form.errors.role}
          data-autofocus
        />
        {role === 'coordinator' ? (
          <SearchPicker
            label={t('accounts.inviteForm.organisation')}
            description={t('accounts.roleForm.organisationDescription')}
            placeholder={t('accounts.inviteForm.chooseOrganisation')}
            required
            value={organisationId || null}
            selected={account.organisationId && account.organisationName ? { value: account.organisationId, label: account.organisationName } : undefined}
            onChange={(id) => setOrganisationId(id ?? '')}
            search={activeOrganisationSearch}
            error={form.errors.organisationId}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('accounts.roleForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
