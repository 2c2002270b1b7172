import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisseminationView } from '../../../shared/after-project.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty, Section } from '../../components/Section.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { DisseminationForm, UpdateForm } from './DisseminationForms.js';
import { useDisseminations, useRemoveDissemination } from './queries.js';
import { FormModal, Muted, type PanelProps, RecordActions, RecordCard, RemoveConfirm } from './ui.js';

/** The dissemination log, and the update to former participants that lands in it too. */
export function DisseminationPanel({ projectId, canEdit, onNotice }: PanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useDisseminations(projectId);
  const remove = useRemoveDissemination(projectId);
  const [editing, setEditing] = useState<DisseminationView | 'new' | null>(null);
  const [updating, setUpdating] = useState(false);
  const [removing, setRemoving] = useState<DisseminationView | null>(null);

  const body = (records: DisseminationView[]) =>
    records.length === 0 ? (
      <Empty>{t('after.dissemination.empty')}</Empty>
    ) : (
      <Stack component="ul" className="plain-list" gap="md" aria-label={t('after.dissemination.listLabel')}>
        {records.map((d) => (
          <RecordCard key={d.id}>
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Title order={3} fz="md">
                  {d.title}
                </Title>
                {canEdit ? <RecordActions name={d.title} onEdit={() => setEditing(d)} onRemove={() => setRemoving(d)} /> : null}
              </Group>
              <Group gap="xs">
                <span className="tag">{t(`after.dissemination.types.${d.type}`)}</span>
                <Muted>
                  {formatDate(d.date, locale) ?? t('after.page.dateUnknown')} · {t(`after.dissemination.scopes.${d.scope}`)}
                </Muted>
              </Group>
              <Text fz="sm">
                {t('after.dissemination.audience')}: {d.audience}
                {d.reach !== null ? ` · ${t('after.dissemination.reached', { count: d.reach, formatted: formatNumber(d.reach, locale) })}` : ''}
              </Text>
              {d.outcome ? (
                <Text fz="sm">
                  {t('after.dissemination.outcome')}: {d.outcome.title}
                </Text>
              ) : null}
              {d.notes ? (
                <Text fz="sm" className="after-text">
                  {d.notes}
                </Text>
              ) : null}
              {d.link ? (
                <Anchor href={d.link} target="_blank" rel="noopener noreferrer" fz="sm" underline="always" style={{ overflowWrap: 'anywhere' }}>
                  {d.link}
                </Anchor>
              ) : null}
            </Stack>
          </RecordCard>
        ))}
      </Stack>
    );

  return (
    <Section
      id="dissemination"
      title={t('after.dissemination.heading')}
      action={
        canEdit ? (
          <Group gap="xs">
            <Button size="sm" onClick={() => setEditing('new')}>
              {t('after.dissemination.add')}
            </Button>
            <Button size="sm" variant="default" onClick={() => setUpdating(true)}>
              {t('after.dissemination.update')}
            </Button>
          </Group>
        ) : null
      }
    >
      <Text c="dimmed" fz="sm" mb="md" maw="75ch">
        {t('after.dissemination.intro')}
      </Text>
      <QueryState query={list}>{body}</QueryState>
      <FormModal
        opened={editing !== null}
        title={editing === 'new' ? t('after.dissemination.addTitle') : t('after.dissemination.editTitle')}
        onClose={() => setEditing(null)}
      >
        {editing !== null ? (
          <DisseminationForm
            projectId={projectId}
            record={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              onNotice(editing === 'new' ? t('after.page.added', { name: saved.title }) : t('after.page.saved', { name: saved.title }));
              setEditing(null);
            }}
          />
        ) : null}
      </FormModal>
      <FormModal opened={updating} title={t('after.dissemination.updateTitle')} onClose={() => setUpdating(false)}>
        <UpdateForm
          projectId={projectId}
          onCancel={() => setUpdating(false)}
          onSent={(count) => {
            onNotice(t('after.dissemination.sent', { count }));
            setUpdating(false);
          }}
        />
      </FormModal>
      <RemoveConfirm
        name={removing?.title ?? null}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          await remove.mutateAsync(removing!.id);
          onNotice(t('after.page.removed', { name: removing!.title }));
        }}
      />
    </Section>
  );
}
