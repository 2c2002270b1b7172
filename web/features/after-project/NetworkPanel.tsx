import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_TYPES, type FollowUpView, followUpInput, PARTNER_KINDS } from '../../../shared/after-project.js';
import type { PartnerView } from '../../../shared/schemas.js';
import { FormError } from '../../components/FormError.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty, Section } from '../../components/Section.js';
import { formatDate } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useFollowUps, useRemoveFollowUp, useSaveFollowUp } from './queries.js';
import { FormButtons, FormModal, Muted, type PanelProps, RecordActions, RecordCard, RemoveConfirm } from './ui.js';

const OTHER = 'other';

/** Counter-visits, new joint projects and lasting contacts, each with the organisation it was with. */
export function NetworkPanel({ projectId, canEdit, onNotice, partners }: PanelProps & { partners: PartnerView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useFollowUps(projectId);
  const remove = useRemoveFollowUp(projectId);
  const [editing, setEditing] = useState<FollowUpView | 'new' | null>(null);
  const [removing, setRemoving] = useState<FollowUpView | null>(null);
  const name = (f: FollowUpView) => `${t(`after.network.types.${f.type}`)}: ${f.partnerName}`;

  const body = (records: FollowUpView[]) =>
    records.length === 0 ? (
      <Empty>{t('after.network.empty')}</Empty>
    ) : (
      <Stack component="ul" className="plain-list" gap="md" aria-label={t('after.network.listLabel')}>
        {records.map((f) => (
          <RecordCard key={f.id}>
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Title order={3} fz="md">
                  {f.partnerName}
                </Title>
                {canEdit ? <RecordActions name={name(f)} onEdit={() => setEditing(f)} onRemove={() => setRemoving(f)} /> : null}
              </Group>
              <Group gap="xs">
                <span className="tag">{t(`after.network.types.${f.type}`)}</span>
                <Muted>
                  {formatDate(f.date, locale) ?? t('after.page.dateUnknown')} · {t(`after.network.partnerKinds.${f.partnerKind}`)}
                  {f.partnerId ? ` · ${t('after.network.projectPartner')}` : ''}
                </Muted>
              </Group>
              {f.description ? (
                <Text fz="sm" className="after-text">
                  {f.description}
                </Text>
              ) : null}
            </Stack>
          </RecordCard>
        ))}
      </Stack>
    );

  return (
    <Section
      id="network"
      title={t('after.network.heading')}
      action={
        canEdit ? (
          <Button size="sm" onClick={() => setEditing('new')}>
            {t('after.network.add')}
          </Button>
        ) : null
      }
    >
      <Text c="dimmed" fz="sm" mb="md" maw="75ch">
        {t('after.network.intro')}
      </Text>
      <QueryState query={list}>{body}</QueryState>
      <FormModal
        opened={editing !== null}
        title={editing === 'new' ? t('after.network.addTitle') : t('after.network.editTitle')}
        onClose={() => setEditing(null)}
      >
        {editing !== null ? (
          <FollowUpForm
            projectId={projectId}
            partners={partners}
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

function FollowUpForm({
  projectId,
  partners,
  record,
  onSaved,
  onCancel,
}: {
  projectId: string;
  partners: PartnerView[];
  record?: FollowUpView;
  onSaved: (saved: FollowUpView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    type: record?.type ?? '',
    partner: record ? (record.partnerId ?? OTHER) : (partners[0]?.id ?? OTHER),
    partnerName: record && !record.partnerId ? record.partnerName : '',
    partnerKind: record?.partnerKind ?? '',
    date: record?.date ?? '',
    description: record?.description ?? '',
  });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const form = useSubmit(followUpInput, useSaveFollowUp(projectId, record?.id), onSaved);
  const { errors } = form;
  const other = values.partner === OTHER;
  const input = {
    type: values.type,
    partnerId: other ? null : values.partner,
    partnerName: other ? orNull(values.partnerName) : null,
    partnerKind: values.partnerKind,
    date: orNull(values.date),
    description: orNull(values.description),
  };
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, input)} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <NativeSelect
          label={t('after.network.type')}
          required
          value={values.type}
          onChange={(e) => set('type')(e.currentTarget.value)}
          data={[{ value: '', label: t('common.choose') }, ...FOLLOW_UP_TYPES.map((v) => ({ value: v, label: t(`after.network.types.${v}`) }))]}
          error={errors.type}
        />
        <NativeSelect
          label={t('after.network.partner')}
          value={values.partner}
          onChange={(e) => set('partner')(e.currentTarget.value)}
          data={[...partners.map((p) => ({ value: p.id, label: p.name })), { value: OTHER, label: t('after.network.otherPartner') }]}
          error={errors.partnerId}
        />
        {other ? (
          <TextInput
            label={t('after.network.partnerName')}
            required
            value={values.partnerName}
            onChange={(e) => set('partnerName')(e.currentTarget.value)}
            error={errors.partnerName}
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('after.network.partnerKind')}
            required
            value={values.partnerKind}
            onChange={(e) => set('partnerKind')(e.currentTarget.value)}
            data={[{ value: '', label: t('common.choose') }, ...PARTNER_KINDS.map((v) => ({ value: v, label: t(`after.network.partnerKinds.${v}`) }))]}
            error={errors.partnerKind}
          />
          <TextInput type="date" label={t('after.network.date')} value={values.date} onChange={(e) => set('date')(e.currentTarget.value)} error={errors.date} />
        </SimpleGrid>
        <Textarea
          label={t('after.network.description')}
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
