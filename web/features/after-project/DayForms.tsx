import { Checkbox, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FollowUpDayView, followUpDayInput, followUpRecordInput } from '../../../shared/after-project.js';
import type { ActivityView } from '../../../shared/schemas.js';
import { FormError } from '../../components/FormError.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useRecordFollowUpDay, useSaveFollowUpDay } from './queries.js';
import { FormButtons } from './ui.js';

/** When and where: the date may be left out, the server then takes a year after the activity. */
export function DayForm({
  projectId,
  activities,
  record,
  onSaved,
  onCancel,
}: {
  projectId: string;
  activities: ActivityView[];
  record?: FollowUpDayView;
  onSaved: (saved: FollowUpDayView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    activityId: record?.activityId ?? '',
    date: record?.date ?? '',
    startTime: record?.startTime ?? '09:30',
    endTime: record?.endTime ?? '15:00',
    place: record?.place ?? '',
    agenda: record?.agenda ?? '',
  });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const form = useSubmit(followUpDayInput, useSaveFollowUpDay(projectId, record?.id), onSaved);
  const { errors } = form;
  const input = { ...values, activityId: values.activityId || null, date: orNull(values.date) };
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, input)} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <NativeSelect
          label={t('after.days.activity')}
          value={values.activityId}
          onChange={(e) => set('activityId')(e.currentTarget.value)}
          data={[{ value: '', label: t('after.days.wholeProject') }, ...activities.map((a) => ({ value: a.id, label: a.title }))]}
          error={errors.activityId}
        />
        <TextInput
          type="date"
          label={t('after.days.date')}
          description={t('after.days.dateHint')}
          value={values.date}
          onChange={(e) => set('date')(e.currentTarget.value)}
          error={errors.date}
        />
        <SimpleGrid cols={2}>
          <TextInput
            type="time"
            label={t('after.days.startTime')}
            description={t('after.days.timeHint')}
            required
            value={values.startTime}
            onChange={(e) => set('startTime')(e.currentTarget.value)}
            error={errors.startTime}
          />
          <TextInput
            type="time"
            label={t('after.days.endTime')}
            description={t('after.days.timeHint')}
            required
            value={values.endTime}
            onChange={(e) => set('endTime')(e.currentTarget.value)}
            error={errors.endTime}
          />
        </SimpleGrid>
        <TextInput label={t('after.days.place')} required value={values.place} onChange={(e) => set('place')(e.currentTarget.value)} error={errors.place} />
        <Textarea
          label={t('after.days.agenda')}
          autosize
          minRows={3}
          maxRows={10}
          value={values.agenda}
          onChange={(e) => set('agenda')(e.currentTarget.value)}
          error={errors.agenda}
        />
        <FormButtons busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** Afterwards: who came (a checkbox each) and what was presented. */
export function RecordForm({
  projectId,
  day,
  onSaved,
  onCancel,
}: {
  projectId: string;
  day: FollowUpDayView;
  onSaved: (saved: FollowUpDayView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [attended, setAttended] = useState<string[]>(day.people.filter((p) => p.attended).map((p) => p.participantId));
  const [presented, setPresented] = useState(day.presented ?? '');
  const form = useSubmit(followUpRecordInput, useRecordFollowUpDay(projectId, day.id), onSaved);
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, { attended, presented: orNull(presented) })} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <Checkbox.Group label={t('after.days.whoCame')} value={attended} onChange={setAttended} error={form.errors.attended}>
          <Stack gap="xs" mt="xs">
            {day.people.map((p) => (
              <Checkbox key={p.participantId} value={p.participantId} label={p.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t('after.days.presented')}
          autosize
          minRows={3}
          maxRows={10}
          value={presented}
          onChange={(e) => setPresented(e.currentTarget.value)}
          error={form.errors.presented}
        />
        <FormButtons busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
