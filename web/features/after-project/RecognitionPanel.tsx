import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOGNITION_TYPES, type RecognitionView, recognitionInput } from '../../../shared/after-project.js';
import type { ParticipantView } from '../../../shared/questionnaires.js';
import { FormError } from '../../components/FormError.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty, Section } from '../../components/Section.js';
import { formatDate } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useParticipants } from '../questionnaires/queries.js';
import { useRecognitions, useRemoveRecognition, useSaveRecognition } from './queries.js';
import { FormButtons, FormModal, Muted, type PanelProps, RecordActions, RecordCard, RemoveConfirm } from './ui.js';

/** How each participant's learning was recognised: a personal development plan, a certificate, a new task. */
export function RecognitionPanel({ projectId, canEdit, onNotice }: PanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useRecognitions(projectId);
  const people = useParticipants(projectId);
  const remove = useRemoveRecognition(projectId);
  const [editing, setEditing] = useState<RecognitionView | 'new' | null>(null);
  const [removing, setRemoving] = useState<RecognitionView | null>(null);
  const name = (r: RecognitionView) => `${r.participantName}: ${t(`after.recognition.types.${r.type}`)}`;

  const body = (records: RecognitionView[]) =>
    records.length === 0 ? (
      <Empty>{t('after.recognition.empty')}</Empty>
    ) : (
      <Stack component="ul" className="plain-list" gap="md" aria-label={t('after.recognition.listLabel')}>
        {records.map((r) => (
          <RecordCard key={r.id}>
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Title order={3} fz="md">
                  {r.participantName}
                </Title>
                {canEdit ? <RecordActions name={name(r)} onEdit={() => setEditing(r)} onRemove={() => setRemoving(r)} /> : null}
              </Group>
              <Group gap="xs">
                <span className="tag">{t(`after.recognition.types.${r.type}`)}</span>
                <Muted>{formatDate(r.date, locale) ?? t('after.page.dateUnknown')}</Muted>
              </Group>
              {r.description ? (
                <Text fz="sm" className="after-text">
                  {r.description}
                </Text>
              ) : null}
            </Stack>
          </RecordCard>
        ))}
      </Stack>
    );

  const noPeople = people.data !== undefined && people.data.length === 0;
  return (
    <Section
      id="recognition"
      title={t('after.recognition.heading')}
      action={
        canEdit && !noPeople ? (
          <Button size="sm" onClick={() => setEditing('new')}>
            {t('after.recognition.add')}
          </Button>
        ) : null
      }
    >
      <Text c="dimmed" fz="sm" mb="md" maw="75ch">
        {t('after.recognition.intro')}
      </Text>
      {canEdit && noPeople ? (
        <Text fz="sm" mb="sm">
          {t('after.recognition.noParticipants')}
        </Text>
      ) : null}
      <QueryState query={list}>{body}</QueryState>
      <FormModal
        opened={editing !== null}
        title={editing === 'new' ? t('after.recognition.addTitle') : t('after.recognition.editTitle')}
        onClose={() => setEditing(null)}
      >
        {editing !== null ? (
          <RecognitionForm
            projectId={projectId}
            people={people.data ?? []}
            record={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              onNotice(editing === 'new' ? t('after.page.added', { name: name(saved) }) : t('after.page.saved', { name: name(saved) }));
              setEditing(null);
            }}
          />
        ) : null}
      </FormModal>
      <RemoveConfirm
        name={removing ? name(removing) : null}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          await remove.mutateAsync(removing!.id);
          onNotice(t('after.page.removed', { name: name(removing!) }));
        }}
      />
    </Section>
  );
}

function RecognitionForm({
  projectId,
  people,
  record,
  onSaved,
  onCancel,
}: {
  projectId: string;
  people: ParticipantView[];
  record?: RecognitionView;
  onSaved: (saved: RecognitionView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    participantId: record?.participantId ?? '',
    type: record?.type ?? '',
    description: record?.description ?? '',
    date: record?.date ?? '',
  });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const form = useSubmit(recognitionInput, useSaveRecognition(projectId, record?.id), onSaved);
  const { errors } = form;
  const input = { ...values, description: orNull(values.description), date: orNull(values.date) };
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, input)} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <NativeSelect
          label={t('after.recognition.participant')}
          required
          value={values.participantId}
          onChange={(e) => set('participantId')(e.currentTarget.value)}
          data={[{ value: '', label: t('common.choose') }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
          error={errors.participantId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('after.recognition.type')}
            required
            value={values.type}
            onChange={(e) => set('type')(e.currentTarget.value)}
            data={[{ value: '', label: t('common.choose') }, ...RECOGNITION_TYPES.map((v) => ({ value: v, label: t(`after.recognition.types.${v}`) }))]}
            error={errors.type}
          />
          <TextInput
            type="date"
            label={t('after.recognition.date')}
            value={values.date}
            onChange={(e) => set('date')(e.currentTarget.value)}
            error={errors.date}
          />
        </SimpleGrid>
        <Textarea
          label={t('after.recognition.description')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.description}
          onChange={(e) => set('description')(e.currentTarget.value)}
          error={errors.description}
        />
        <FormButtons busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
