import { NativeSelect, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DISSEMINATION_SCOPES,
  DISSEMINATION_TYPES,
  type DisseminationType,
  type DisseminationView,
  defaultScope,
  disseminationInput,
  participantUpdateInput,
} from '../../../shared/after-project.js';
import { FormError } from '../../components/FormError.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useImpactModel } from '../impact-model/queries.js';
import { useSaveDissemination, useSendParticipantUpdate } from './queries.js';
import { FormButtons } from './ui.js';

export function DisseminationForm({
  projectId,
  record,
  onSaved,
  onCancel,
}: {
  projectId: string;
  record?: DisseminationView;
  onSaved: (saved: DisseminationView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const model = useImpactModel(projectId);
  const outcomes = (model.data?.elements ?? []).filter((e) => e.layer === 'outcome');
  const [values, setValues] = useState({
    date: record?.date ?? '',
    type: record?.type ?? '',
    scope: record?.scope ?? '',
    title: record?.title ?? '',
    audience: record?.audience ?? '',
    reach: record?.reach ?? ('' as number | ''),
    link: record?.link ?? '',
    outcomeId: record?.outcome?.id ?? '',
    notes: record?.notes ?? '',
  });
  const set =
    <K extends keyof typeof values>(field: K) =>
    (value: (typeof values)[K]) =>
      setValues((v) => ({ ...v, [field]: value }));
  const form = useSubmit(disseminationInput, useSaveDissemination(projectId, record?.id), onSaved);
  const { errors } = form;
  const input = {
    date: orNull(values.date),
    type: values.type,
    scope: values.scope || null,
    title: values.title,
    audience: values.audience,
    reach: values.reach === '' ? null : values.reach,
    link: orNull(values.link),
    outcomeId: values.outcomeId || null,
    notes: orNull(values.notes),
  };
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, input)} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <TextInput
          label={t('after.dissemination.title')}
          required
          value={values.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          error={errors.title}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('after.dissemination.type')}
            required
            value={values.type}
            onChange={(e) => {
              const type = e.currentTarget.value;
              // the usual scope of the type, until the user chooses otherwise
              setValues((v) => ({ ...v, type, scope: type ? defaultScope(type as DisseminationType) : v.scope }));
            }}
            data={[{ value: '', label: t('common.choose') }, ...DISSEMINATION_TYPES.map((v) => ({ value: v, label: t(`after.dissemination.types.${v}`) }))]}
            error={errors.type}
          />
          <TextInput
            type="date"
            label={t('after.dissemination.date')}
            value={values.date}
            onChange={(e) => set('date')(e.currentTarget.value)}
            error={errors.date}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('after.dissemination.scope')}
          value={values.scope}
          onChange={(e) => set('scope')(e.currentTarget.value as typeof values.scope)}
          data={[{ value: '', label: t('common.choose') }, ...DISSEMINATION_SCOPES.map((v) => ({ value: v, label: t(`after.dissemination.scopes.${v}`) }))]}
          error={errors.scope}
        />
        <TextInput
          label={t('after.dissemination.audience')}
          required
          value={values.audience}
          onChange={(e) => set('audience')(e.currentTarget.value)}
          error={errors.audience}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('after.dissemination.reach')}
            description={t('after.dissemination.reachHint')}
            value={values.reach}
            onChange={(v) => set('reach')(typeof v === 'number' ? v : '')}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            error={errors.reach}
          />
          <TextInput
            type="url"
            label={t('after.dissemination.link')}
            value={values.link}
            onChange={(e) => set('link')(e.currentTarget.value)}
            error={errors.link}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('after.dissemination.outcome')}
          value={values.outcomeId}
          onChange={(e) => set('outcomeId')(e.currentTarget.value)}
          data={[{ value: '', label: t('after.dissemination.noOutcome') }, ...outcomes.map((o) => ({ value: o.id, label: o.title }))]}
          error={errors.outcomeId}
        />
        <Textarea
          label={t('after.dissemination.notes')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.notes}
          onChange={(e) => set('notes')(e.currentTarget.value)}
          error={errors.notes}
        />
        <FormButtons busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function UpdateForm({ projectId, onSent, onCancel }: { projectId: string; onSent: (recipients: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ subject: '', body: '' });
  const form = useSubmit(participantUpdateInput, useSendParticipantUpdate(projectId), (result) => onSent(result.recipients));
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, values)} noValidate>
      <Stack>
        <Text fz="sm">{t('after.dissemination.updateIntro')}</Text>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <TextInput
          label={t('after.dissemination.subject')}
          required
          value={values.subject}
          onChange={(e) => setValues((v) => ({ ...v, subject: e.currentTarget.value }))}
          error={form.errors.subject}
        />
        <Textarea
          label={t('after.dissemination.body')}
          required
          autosize
          minRows={6}
          maxRows={16}
          value={values.body}
          onChange={(e) => setValues((v) => ({ ...v, body: e.currentTarget.value }))}
          error={form.errors.body}
        />
        <FormButtons busy={form.busy} onCancel={onCancel} submitLabel={t('after.uses.send')} />
      </Stack>
    </form>
  );
}
