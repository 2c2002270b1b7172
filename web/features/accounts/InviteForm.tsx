import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccountView, INVITABLE_ROLES, INVITATION_VALID_DAYS, type InvitableRole, userInviteInput } from '../../../shared/accounts.js';
import { canChangeRoles } from '../../../shared/access.js';
import { LOCALES, type Locale } from '../../../shared/reference.js';
import { FormError } from '../../components/FormError.js';
import { SearchPicker } from '../../components/SearchPicker.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { useUser } from '../auth/session.js';
import { activeOrganisationSearch } from '../organisations/queries.js';
import { useInvite } from './queries.js';

/** The NA admin invites anyone; a coordinator invites colleagues as coordinators of their own organisation. */
export function InviteForm({ onCancel, onInvited }: { onCancel: () => void; onInvited: (user: AccountView) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  // the NA admin chooses the role and organisation; a coordinator invites coordinators of their own
  const isAdmin = canChangeRoles(user);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitableRole>('coordinator');
  const [organisationId, setOrganisationId] = useState('');
  const uiLocale = useLocale();
  // the invitation in the language the inviter works in, unless they choose the other
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const form = useSubmit(userInviteInput, useInvite(), onInvited);

  const input = {
    name,
    email: email.trim(),
    role: isAdmin ? role : 'coordinator',
    organisationId: isAdmin && role === 'coordinator' ? organisationId || null : null,
    locale,
  };
  return (
    <form ref={form.formRef} onSubmit={(e) => void form.submit(e, input)} noValidate>
      <Stack gap="md">
        <Text fz="sm">{t('accounts.inviteForm.intro', { days: INVITATION_VALID_DAYS })}</Text>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <TextInput
          label={t('accounts.inviteForm.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={form.errors.name}
          data-autofocus
        />
        <TextInput
          label={t('accounts.inviteForm.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={form.errors.email}
        />
        {isAdmin ? (
          <NativeSelect
            label={t('accounts.inviteForm.role')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as InvitableRole)}
            data={INVITABLE_ROLES.map((r) => ({ value: r, label: t(`accounts.roles.${r}`) }))}
            error={form.errors.role}
          />
        ) : (
          <Text fz="sm" fw={600}>
            {t('accounts.inviteForm.coordinatorOf', { organisation: user.organisationName ?? '' })}
          </Text>
        )}
        {isAdmin && role === 'coordinator' ? (
          <SearchPicker
            label={t('accounts.inviteForm.organisation')}
            placeholder={t('accounts.inviteForm.chooseOrganisation')}
            required
            value={organisationId || null}
            onChange={(id) => setOrganisationId(id ?? '')}
            search={activeOrganisationSearch}
            error={form.errors.organisationId}
          />
        ) : null}
        <NativeSelect
          label={t('accounts.inviteForm.locale')}
          description={t('accounts.inviteForm.localeDescription')}
          value={locale}
          onChange={(e) => setLocale(e.currentTarget.value as Locale)}
          data={LOCALES.map((l) => ({ value: l, label: t(`accounts.languages.${l}`) }))}
          error={form.errors.locale}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('accounts.inviteForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
