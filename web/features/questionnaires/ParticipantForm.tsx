import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, PARTICIPANT_STATUSES, type ParticipantInput, participantInput, type ParticipantView } from '../../../shared/questionnaires.js';
import { LOCALES } from '../../../shared/reference.js';
import type { ActivityView } from '../../../shared/schemas.js';
import { FormError } from '../../components/FormError.js';
import { formatDateRange } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useSaveParticipant } from './queries.js';

type YesNo = '' | 'yes' | 'no';
const fromBool = (value: boolean | null | undefined): YesNo => (value === true ? 'yes' : value === false ? 'no' : '');
const toBool = (value: YesNo) => (value === 'yes' ? true : value === 'no' ? false : null);

/**
 * The participant as the server takes it back. The view shows the activity's dates when the
 * participant has none of their own; those are not sent back as own dates, so that the participant
 * keeps following the activity when its dates change.
 */
export function toInput(p: ParticipantView, activities: ActivityView[]): ParticipantInput {
  const activity = activities.find((a) => a.id === p.activityId);
  return {
    name: p.name,
    email: p.email,
    role: p.role,
    locale: p.locale,
    activityId: p.activityId,
    startDate: activity && p.startDate === activity.startDate ? null : p.startDate,
    endDate: activity && p.endDate === activity.endDate ? null : p.endDate,
    status: p.status,
    selection: p.selection,
  };
}

export function ParticipantForm({
  projectId,
  activities,
  participant,
  onSaved,
  onCancel,
}: {
  projectId: string;
  activities: ActivityView[];
  participant?: ParticipantView;
  onSaved: (saved: ParticipantView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const start = participant ? toInput(participant, activities) : null;
  const [values, setValues] = useState({
    name: start?.name ?? '',
    email: start?.email ?? '',
    role: start?.role ?? 'teacher',
    locale: start?.locale ?? locale,
    activityId: start?.activityId ?? (activities.length === 1 ? activities[0]!.id : ''),
    startDate: start?.startDate ?? '',
    endDate: start?.endDate ?? '',
    status: start?.status ?? 'candidate',
    motivation: start?.selection.motivation ?? '',
    fitOwnDevelopment: start?.selection.fitOwnDevelopment ?? '',
    fitSchoolDevelopment: start?.selection.fitSchoolDevelopment ?? '',
    willingToPrepare: fromBool(start?.selection.willingToPrepare),
    willingToShare: fromBool(start?.selection.willingToShare),
    timeGiven: start?.selection.timeGiven ?? '',
  });
  type Field = keyof typeof values;
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const form = useSubmit(participantInput, useSaveParticipant(projectId, participant?.id), onSaved);
  const { errors } = form;
  const input = {
    name: values.name,
    email: values.email.trim(),
    role: values.role,
    locale: values.locale,
    activityId: orNull(values.activityId),
    startDate: orNull(values.startDate),
    endDate: orNull(values.endDate),
    status: values.status,
    selection: {
      motivation: orNull(values.motivation),
      fitOwnDevelopment: orNull(values.fitOwnDevelopment),
      fitSchoolDevelopment: orNull(values.fitSchoolDevelopment),
      willingToPrepare: toBool(values.willingToPrepare),
      willingToShare: toBool(values.willingToShare),
      timeGiven: orNull(values.timeGiven),
    },
  };
  const activity = activities.find((a) => a.id === values.activityId);
  const activityDates = activity ? formatDateRange(activity.startDate, activity.endDate, locale) : null;

  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, input)} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('questionnaires.form.name')}
            required
            autoComplete="off"
            value={values.name}
            onChange={(e) => set('name')(e.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
          <TextInput
            label={t('questionnaires.form.email')}
            type="email"
            required
            autoComplete="off"
            value={values.email}
            onChange={(e) => set('email')(e.currentTarget.value)}
            error={errors.email}
          />
          <NativeSelect
            label={t('questionnaires.form.role')}
            value={values.role}
            onChange={(e) => set('role')(e.currentTarget.value)}
            data={PARTICIPANT_ROLES.map((r) => ({ value: r, label: t(`questionnaires.roles.${r}`) }))}
            error={errors.role}
          />
          <NativeSelect
            label={t('questionnaires.form.locale')}
            value={values.locale}
            onChange={(e) => set('locale')(e.currentTarget.value)}
            data={LOCALES.map((l) => ({ value: l, label: t(`questionnaires.languages.${l}`) }))}
            error={errors.locale}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('questionnaires.form.activity')}
          description={activityDates ? t('questionnaires.form.activityDates', { dates: activityDates }) : undefined}
          value={values.activityId}
          onChange={(e) => set('activityId')(e.currentTarget.value)}
          data={[{ value: '', label: t('questionnaires.form.noActivity') }, ...activities.map((a) => ({ value: a.id, label: a.title }))]}
          error={errors.activityId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('questionnaires.form.startDate')}
            description={t('questionnaires.form.ownDates')}
            value={values.startDate}
            onChange={(e) => set('startDate')(e.currentTarget.value)}
            error={errors.startDate}
          />
          <TextInput
            type="date"
            label={t('questionnaires.form.endDate')}
            description={t('questionnaires.form.ownDates')}
            value={values.endDate}
            onChange={(e) => set('endDate')(e.currentTarget.value)}
            error={errors.endDate}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('questionnaires.form.status')}
          description={t('questionnaires.form.statusHint')}
          value={values.status}
          onChange={(e) => set('status')(e.currentTarget.value)}
          data={PARTICIPANT_STATUSES.map((s) => ({ value: s, label: t(`questionnaires.statuses.${s}`) }))}
          error={errors.status}
        />
        <SelectionFields values={values} errors={errors} onChange={(field, value) => set(field)(value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('questionnaires.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type SelectionField = 'motivation' | 'fitOwnDevelopment' | 'fitSchoolDevelopment' | 'willingToPrepare' | 'willingToShare' | 'timeGiven';

/** What the report asks about a candidate before selecting them: motivation, fit, willingness to prepare and share, time given. */
function SelectionFields({
  values,
  errors,
  onChange,
}: {
  values: Record<SelectionField, string>;
  errors: Record<string, string>;
  onChange: (field: SelectionField, value: string) => void;
}) {
  const { t } = useTranslation();
  const yesNo = [
    { value: '', label: t('questionnaires.form.unknown') },
    { value: 'yes', label: t('questionnaires.form.yes') },
    { value: 'no', label: t('questionnaires.form.no') },
  ];
  return (
    <Fieldset legend={t('questionnaires.form.selection')} variant="filled" radius="md">
      <Stack gap="sm">
        <Text fz="sm" c="dimmed">
          {t('questionnaires.form.selectionIntro')}
        </Text>
        <Textarea
          label={t('questionnaires.form.motivation')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.motivation}
          onChange={(e) => onChange('motivation', e.currentTarget.value)}
          error={errors['selection.motivation']}
        />
        <Textarea
          label={t('questionnaires.form.fitOwnDevelopment')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.fitOwnDevelopment}
          onChange={(e) => onChange('fitOwnDevelopment', e.currentTarget.value)}
          error={errors['selection.fitOwnDevelopment']}
        />
        <Textarea
          label={t('questionnaires.form.fitSchoolDevelopment')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.fitSchoolDevelopment}
          onChange={(e) => onChange('fitSchoolDevelopment', e.currentTarget.value)}
          error={errors['selection.fitSchoolDevelopment']}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('questionnaires.form.willingToPrepare')}
            value={values.willingToPrepare}
            onChange={(e) => onChange('willingToPrepare', e.currentTarget.value)}
            data={yesNo}
          />
          <NativeSelect
            label={t('questionnaires.form.willingToShare')}
            value={values.willingToShare}
            onChange={(e) => onChange('willingToShare', e.currentTarget.value)}
            data={yesNo}
          />
        </SimpleGrid>
        <TextInput
          label={t('questionnaires.form.timeGiven')}
          description={t('questionnaires.form.timeGivenHint')}
          value={values.timeGiven}
          onChange={(e) => onChange('timeGiven', e.currentTarget.value)}
          error={errors['selection.timeGiven']}
        />
      </Stack>
    </Fieldset>
  );
}
