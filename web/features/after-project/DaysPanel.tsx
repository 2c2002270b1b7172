import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpDayView } from '../../../shared/after-project.js';
import type { ActivityView } from '../../../shared/schemas.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty, Section } from '../../components/Section.js';
import { ErrorAlert } from '../../components/States.js';
import { TableRegion } from '../../components/TableRegion.js';
import { formatDate } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { DayForm, RecordForm } from './DayForms.js';
import { useFollowUpDays, useInviteToFollowUpDay, useRemoveFollowUpDay } from './queries.js';
import { FormModal, type PanelProps, RecordActions, RecordCard, RemoveConfirm } from './ui.js';

/** The follow-up day: planned about a year after the activity, invitations with a calendar file, and afterwards who came. */
export function DaysPanel({ projectId, canEdit, onNotice, activities }: PanelProps & { activities: ActivityView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useFollowUpDays(projectId);
  const inviting = useInviteToFollowUpDay(projectId);
  const remove = useRemoveFollowUpDay(projectId);
  const [editing, setEditing] = useState<FollowUpDayView | 'new' | null>(null);
  const [recording, setRecording] = useState<FollowUpDayView | null>(null);
  const [removing, setRemoving] = useState<FollowUpDayView | null>(null);
  const dayName = (d: FollowUpDayView) => formatDate(d.date, locale) ?? d.date;

  const invite = (day: FollowUpDayView) =>
    inviting.mutate(day.id, {
      onSuccess: (result) =>
        onNotice(result.invited ? t('after.days.inviteResult', { invited: result.invited, links: result.withQuestionnaireLink }) : t('after.days.nobodyLeft')),
    });

  const body = (days: FollowUpDayView[]) =>
    days.length === 0 ? (
      <Empty>{t('after.days.empty')}</Empty>
    ) : (
      <Stack component="ul" className="plain-list" gap="md">
        {days.map((day) => (
          <RecordCard key={day.id}>
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" gap="xs">
                <Title order={3} fz="md">
                  {t('after.days.when', { date: dayName(day), start: day.startTime, end: day.endTime })}
                </Title>
                {canEdit ? <RecordActions name={dayName(day)} onEdit={() => setEditing(day)} onRemove={() => setRemoving(day)} /> : null}
              </Group>
              <Text fz="sm">
                {t('after.days.place')}: {day.place}
              </Text>
              <Text fz="sm">
                {t('after.days.activity')}: {day.activityTitle ?? t('after.days.wholeProject')}
              </Text>
              {day.agenda ? (
                <Text fz="sm" className="after-text">
                  {day.agenda}
                </Text>
              ) : null}
              {day.presented ? (
                <Text fz="sm" className="after-text">
                  <strong>{t('after.days.presented')}</strong> {day.presented}
                </Text>
              ) : null}
              <People day={day} label={t('after.days.peopleLabel', { date: dayName(day) })} />
              {canEdit ? (
                <Group gap="xs">
                  <Button
                    size="compact-sm"
                    loading={inviting.isPending && inviting.variables === day.id}
                    onClick={() => invite(day)}
                    aria-label={t('after.days.inviteLabel', { date: dayName(day) })}
                  >
                    {t('after.days.invite')}
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => setRecording(day)}>
                    {t('after.days.record')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </RecordCard>
        ))}
      </Stack>
    );

  return (
    <Section
      id="days"
      title={t('after.days.heading')}
      action={
        canEdit ? (
          <Button size="sm" onClick={() => setEditing('new')}>
            {t('after.days.add')}
          </Button>
        ) : null
      }
    >
      <Text c="dimmed" fz="sm" mb="md" maw="75ch">
        {t('after.days.intro')}
      </Text>
      {inviting.error ? <ErrorAlert error={inviting.error} /> : null}
      <QueryState query={list}>{body}</QueryState>
      <FormModal opened={editing !== null} title={editing === 'new' ? t('after.days.addTitle') : t('after.days.editTitle')} onClose={() => setEditing(null)}>
        {editing !== null ? (
          <DayForm
            projectId={projectId}
            activities={activities}
            record={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              onNotice(editing === 'new' ? t('after.page.added', { name: dayName(saved) }) : t('after.page.saved', { name: dayName(saved) }));
              setEditing(null);
            }}
          />
        ) : null}
      </FormModal>
      <FormModal opened={recording !== null} title={t('after.days.recordTitle')} onClose={() => setRecording(null)}>
        {recording ? (
          <RecordForm
            projectId={projectId}
            day={recording}
            onCancel={() => setRecording(null)}
            onSaved={(saved) => {
              onNotice(t('after.days.recorded', { date: dayName(saved) }));
              setRecording(null);
            }}
          />
        ) : null}
      </FormModal>
      <RemoveConfirm
        name={removing ? dayName(removing) : null}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          await remove.mutateAsync(removing!.id);
          onNotice(t('after.page.removed', { name: dayName(removing!) }));
        }}
      />
    </Section>
  );
}

function People({ day, label }: { day: FollowUpDayView; label: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (day.people.length === 0) return <Text fz="sm">{t('after.days.noPeople')}</Text>;
  return (
    <TableRegion label={label}>
      <Table aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('after.days.people')}</Table.Th>
            <Table.Th scope="col">{t('after.days.invite')}</Table.Th>
            <Table.Th scope="col">{t('after.days.whoCame')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {day.people.map((p) => (
            <Table.Tr key={p.participantId}>
              <Table.Th scope="row" fw={500}>
                {p.name}
              </Table.Th>
              <Table.Td fz="sm">{p.invitedAt ? t('after.days.invitedOn', { date: formatDate(p.invitedAt, locale) }) : t('after.days.notInvited')}</Table.Td>
              <Table.Td fz="sm">{p.attended ? t('after.days.attended') : t('after.days.absent')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
