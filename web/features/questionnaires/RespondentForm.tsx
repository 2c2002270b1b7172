import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, respondentInput, type RespondentView } from '../../../shared/questionnaires.js';
import { LOCALES } from '../../../shared/reference.js';
import type { ActivityView } from '../../../shared/schemas.js';
import { FormError } from '../../components/FormError.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useSaveRespondent } from './queries.js';

/** A comparison colleague or the organisation's respondent: who, their language, and whose dates they follow. */
export function RespondentForm({
  projectId,
  kind,
  activities,
  respondent,
  onSaved,
  onCancel,
}: {
  projectId: string;
  kind: RespondentView['kind'];
  activities: ActivityView[];
  respondent?: RespondentView;
  onSaved: (saved: RespondentView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [values, setValues] = useState({
    name: respondent?.name ?? '',
    email: respondent?.email ?? '',
    role: respondent?.role ?? (kind === 'organisation' ? 'manager' : 'teacher'),
    locale: respondent?.locale ?? locale,
    activityId: respondent?.activityId ?? '',
    status: respondent?.status === 'withdrawn' ? 'withdrawn' : 'selected',
  });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const form = useSubmit(respondentInput, useSaveRespondent(projectId, respondent?.id), onSaved);
  const { errors } = form;
  const input = { kind, ...values, email: values.email.trim(), activityId: orNull(values.activityId) };
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
          label={t('instruments.respondents.form.activity')}
          description={t('instruments.respondents.form.activityHint')}
          value={values.activityId}
          onChange={(e) => set('activityId')(e.currentTarget.value)}
          data={[{ value: '', label: t('instruments.respondents.form.allParticipants') }, ...activities.map((a) => ({ value: a.id, label: a.title }))]}
          error={errors.activityId}
        />
        {respondent ? (
          <NativeSelect
            label={t('instruments.respondents.form.status')}
            value={values.status}
            onChange={(e) => set('status')(e.currentTarget.value)}
            data={(['selected', 'withdrawn'] as const).map((s) => ({ value: s, label: t(`instruments.respondents.statuses.${s}`) }))}
            error={errors.status}
          />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('instruments.respondents.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
