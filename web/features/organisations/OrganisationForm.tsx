import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationInput, organisationPatch, type OrganisationView } from '../../../shared/schemas.js';
import { FormError } from '../../components/FormError.js';
import { useTerms } from '../../lib/reference.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useCreateOrganisation, useUpdateOrganisation } from './queries.js';

export function OrganisationForm({
  organisation,
  onSaved,
  onCancel,
}: {
  organisation?: OrganisationView;
  onSaved: (o: OrganisationView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { options } = useTerms();
  const [values, setValues] = useState({
    name: organisation?.name ?? '',
    shortName: organisation?.shortName ?? '',
    type: organisation?.type ?? '',
    sector: organisation?.sector ?? '',
    city: organisation?.city ?? '',
    country: organisation?.country ?? 'NL',
    website: organisation?.website ?? '',
    description: organisation?.description ?? '',
  });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const input = {
    name: values.name,
    shortName: orNull(values.shortName),
    type: values.type,
    sector: orNull(values.sector),
    city: orNull(values.city),
    country: values.country,
    website: orNull(values.website),
    description: orNull(values.description),
  };
  const createForm = useSubmit(organisationInput, useCreateOrganisation(), onSaved);
  const editForm = useSubmit(organisationPatch, useUpdateOrganisation(organisation?.id ?? ''), onSaved);
  const form = organisation ? editForm : createForm;
  const { errors } = form;
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, input)} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <TextInput label={t('organisation.name')} required value={values.name} onChange={(e) => set('name')(e.currentTarget.value)} error={errors.name} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('organisation.shortName')}
            value={values.shortName}
            onChange={(e) => set('shortName')(e.currentTarget.value)}
            error={errors.shortName}
          />
          <NativeSelect
            label={t('organisation.type')}
            required
            value={values.type}
            onChange={(e) => set('type')(e.currentTarget.value)}
            data={[{ value: '', label: t('common.choose') }, ...options('organisation_type')]}
            error={errors.type}
          />
          <NativeSelect
            label={t('organisation.sector')}
            value={values.sector}
            onChange={(e) => set('sector')(e.currentTarget.value)}
            data={[{ value: '', label: t('organisation.noSector') }, ...options('sector')]}
            error={errors.sector}
          />
          <TextInput label={t('organisation.city')} value={values.city} onChange={(e) => set('city')(e.currentTarget.value)} error={errors.city} />
          <TextInput
            label={t('organisation.country')}
            description={t('organisation.countryDescription')}
            required
            maxLength={2}
            value={values.country}
            onChange={(e) => set('country')(e.currentTarget.value.toUpperCase())}
            error={errors.country}
          />
          <TextInput
            label={t('organisation.website')}
            description={t('organisation.websiteDescription')}
            type="url"
            value={values.website}
            onChange={(e) => set('website')(e.currentTarget.value)}
            error={errors.website}
          />
        </SimpleGrid>
        <Textarea
          label={t('organisation.description')}
          autosize
          minRows={3}
          maxRows={10}
          value={values.description}
          onChange={(e) => set('description')(e.currentTarget.value)}
          error={errors.description}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
