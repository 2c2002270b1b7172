import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantView, SurveyMoment } from '../../../shared/questionnaires.js';
import { MOMENTS } from '../../../shared/reference.js';
import { TableRegion } from '../../components/TableRegion.js';
import { MomentCell, NotPlanned } from './MomentCell.js';
import { Pill } from './ui.js';

type Invitation = ParticipantView['invitations'][number];

/**
 * Rows participants, columns the moments: what each person got and did. Every status is written
 * out (not only coloured), with its date and the number of reminders; a moment without an
 * invitation says why, with the fix.
 */
export function StatusTable({
  participants,
  canEdit,
  onEdit,
  onResend,
  onSendNow,
  onSelect,
  onSettings,
}: {
  participants: ParticipantView[];
  canEdit: boolean;
  onEdit: (p: ParticipantView) => void;
  onResend: (p: ParticipantView, invitation: Invitation) => void;
  onSendNow: (p: ParticipantView, moment: SurveyMoment) => void;
  onSelect: (p: ParticipantView) => void;
  onSettings: () => void;
}) {
  const { t } = useTranslation();
  return (
    <TableRegion label={t('questionnaires.status.tableLabel')}>
      <Table className="q-status-table" aria-label={t('questionnaires.status.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('questionnaires.status.participant')}</Table.Th>
            {MOMENTS.map((m) => (
              <Table.Th scope="col" key={m}>
                {t(`questionnaires.moments.${m}`)}
                <span className="q-col-name">{t(`questionnaires.momentNames.${m}`)}</span>
              </Table.Th>
            ))}
            {canEdit ? (
              <Table.Th scope="col">
                <VisuallyHidden>{t('questionnaires.status.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row">
                <Stack gap={2} align="flex-start">
                  <Text fw={600} fz="sm">
                    {p.name}
                  </Text>
                  {p.email ? (
                    <Text fz="xs" c="dimmed">
                      {p.email}
                    </Text>
                  ) : null}
                  <Text fz="xs" c="dimmed">
                    {[t(`questionnaires.roles.${p.role}`), p.activityTitle].filter(Boolean).join(' · ')}
                  </Text>
                  <Pill status={p.status}>{t(`questionnaires.statuses.${p.status}`)}</Pill>
                </Stack>
              </Table.Th>
              {MOMENTS.map((m) => (
                <Table.Td key={m}>
                  {m === 'D' ? (
                    <DailyCell invitations={p.invitations.filter((i) => i.moment === 'D')} />
                  ) : (
                    <MomentCell
                      moment={m}
                      invitations={p.invitations}
                      unplanned={p.unplanned}
                      actions={{
                        name: p.name,
                        canEdit,
                        onResend: (invitation) => onResend(p, invitation),
                        onSendNow: (moment) => onSendNow(p, moment),
                        onSelect: () => onSelect(p),
                        onEditDates: () => onEdit(p),
                        onSettings,
                      }}
                    />
                  )}
                </Table.Td>
              ))}
              {canEdit ? (
                <Table.Td>
                  <Button variant="default" size="compact-sm" aria-label={t('questionnaires.status.editLabel', { name: p.name })} onClick={() => onEdit(p)}>
                    {t('questionnaires.status.edit')}
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

function DailyCell({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation();
  const planned = invitations.filter((i) => i.status !== 'cancelled');
  if (!planned.length) return <NotPlanned />;
  const done = planned.filter((i) => i.status === 'completed').length;
  return (
    <div className="q-cell">
      <Pill status={done === planned.length ? 'completed' : done > 0 ? 'sent' : 'scheduled'}>
        {t('questionnaires.invitation.daily', { done, total: planned.length })}
      </Pill>
    </div>
  );
}
