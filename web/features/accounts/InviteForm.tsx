import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccountView, INVITABLE_ROLES, INVITATION_VALID_DAYS, type InvitableRole, userInviteInput } from '../../../shared/accounts.js';
import { LOCALES, type Locale } from '../../../shared/reference.js';
import { FormError } from '../../components/FormError.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { useUser } from '../auth/session.js';
import { useAllOrganisations, useInvite } from './useAccounts.js';

/** The NA admin invites anyone; a coordinator invites colleagues as coordinators of their own organisation. */
export function InviteForm({ onCancel, onInvited }: { onCancel: () => void; onInvited: (user: AccountView) => void }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const isAdmin = user.role === 'na_admin';
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitableRole>('coordinator');
  const [organisationId, setOrganisationId] = useState('');
  const [locale, setLocale] = useState<Locale>(i18n.resolvedLanguage === 'en' ? 'en' : 'nl');
  const organisations = useAllOrganisations(isAdmin);
  const invite = useInvite();
  const form = useSubmit(userInviteInput, (input) => invite.mutateAsync(input), onInvited);

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
          <NativeSelect
            label={t('accounts.inviteForm.organisation')}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
            data={[
              { value: '', label: t('accounts.inviteForm.chooseOrganisation') },
              ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
            ]}
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
