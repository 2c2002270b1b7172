import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activityInput, partnerInput } from '../../../shared/schemas.js';
import { FormError } from '../../components/FormError.js';
import { useTerms } from '../../lib/reference.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useAddProjectChild } from './queries.js';

export interface ChildFormProps {
  projectId: string;
  onSaved: () => void;
  onCancel: () => void;
}

export function FormButtons({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {t('common.save')}
      </Button>
    </Group>
  );
}

export function PartnerForm({ projectId, onSaved, onCancel }: ChildFormProps) {
  const { t } = useTranslation();
  const { options } = useTerms();
  const [values, setValues] = useState({ name: '', city: '', country: '', role: 'partner' });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const form = useSubmit(partnerInput, useAddProjectChild(projectId, 'partners'), onSaved);
  const { errors } = form;
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, { ...values, city: orNull(values.city) })} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <TextInput label={t('project.partners.name')} required value={values.name} onChange={(e) => set('name')(e.currentTarget.value)} error={errors.name} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('project.partners.city')} value={values.city} onChange={(e) => set('city')(e.currentTarget.value)} error={errors.city} />
          <TextInput
            label={t('project.partners.country')}
            description={t('project.partners.countryDescription')}
            required
            maxLength={2}
            value={values.country}
            onChange={(e) => set('country')(e.currentTarget.value.toUpperCase())}
            error={errors.country}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('project.partners.role')}
          value={values.role}
          onChange={(e) => set('role')(e.currentTarget.value)}
          data={options('partner_role')}
          error={errors.role}
        />
        <FormButtons busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function ActivityForm({ projectId, keyAction, onSaved, onCancel }: ChildFormProps & { keyAction: string }) {
  const { t } = useTranslation();
  const { options } = useTerms();
  const [values, setValues] = useState({
    type: '',
    title: '',
    description: '',
    destinationCity: '',
    destinationCountry: '',
    startDate: '',
    endDate: '',
    participantCount: '' as string | number,
  });
  const set = (field: keyof typeof values) => (value: string | number) => setValues((v) => ({ ...v, [field]: value }));
  const form = useSubmit(activityInput, useAddProjectChild(projectId, 'activities'), onSaved);
  const { errors } = form;
  const input = {
    type: values.type,
    title: values.title,
    description: orNull(values.description),
    destinationCity: orNull(values.destinationCity),
    destinationCountry: orNull(values.destinationCountry),
    startDate: orNull(values.startDate),
    endDate: orNull(values.endDate),
    participantCount: values.participantCount === '' ? null : Number(values.participantCount),
  };
  // the activity types of the project's own key action first; KA1 and KA2 each have their own
  const types = [...options('activity_type', (term) => term.parent === keyAction), ...options('activity_type', (term) => term.parent !== keyAction)];
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, input)} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <NativeSelect
          label={t('project.activities.type')}
          required
          value={values.type}
          onChange={(e) => set('type')(e.currentTarget.value)}
          data={[{ value: '', label: t('common.choose') }, ...types]}
          error={errors.type}
        />
        <TextInput
          label={t('project.activities.title')}
          required
          value={values.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          label={t('project.activities.description')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.description}
          onChange={(e) => set('description')(e.currentTarget.value)}
          error={errors.description}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('project.activities.destinationCity')}
            value={values.destinationCity}
            onChange={(e) => set('destinationCity')(e.currentTarget.value)}
            error={errors.destinationCity}
          />
          <TextInput
            label={t('project.activities.destinationCountry')}
            description={t('project.partners.countryDescription')}
            maxLength={2}
            value={values.destinationCountry}
            onChange={(e) => set('destinationCountry')(e.currentTarget.value.toUpperCase())}
            error={errors.destinationCountry}
          />
          <TextInput
            type="date"
            label={t('project.startDate')}
            value={values.startDate}
            onChange={(e) => set('startDate')(e.currentTarget.value)}
            error={errors.startDate}
          />
          <TextInput
            type="date"
            label={t('project.endDate')}
            value={values.endDate}
            onChange={(e) => set('endDate')(e.currentTarget.value)}
            error={errors.endDate}
          />
          <NumberInput
            label={t('project.activities.participantCount')}
            value={values.participantCount}
            onChange={set('participantCount')}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            error={errors.participantCount}
          />
        </SimpleGrid>
        <FormButtons busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
