import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantView, SurveyMoment } from '../../../shared/questionnaires.js';
import { MOMENTS } from '../../../shared/reference.js';
import { TableRegion } from '../../components/TableRegion.js';
import { shortDate } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { Pill } from './ui.js';

type Invitation = ParticipantView['invitations'][number];

/**
 * Rows participants, columns the moments: what each person got and did. Every status is written
 * out (not only coloured), with its date and the number of reminders.
 */
export function StatusTable({
  participants,
  canEdit,
  onEdit,
  onResend,
}: {
  participants: ParticipantView[];
  canEdit: boolean;
  onEdit: (p: ParticipantView) => void;
  onResend: (p: ParticipantView, invitation: Invitation) => void;
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
                    <MomentCell participant={p} moment={m} canEdit={canEdit} onResend={onResend} />
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

/** A dash to the eye, the words to a screen reader: rows of candidates are otherwise a wall of "not planned". */
function NotPlanned() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true" className="q-dimmed">
        —
      </span>
      <VisuallyHidden>{t('questionnaires.invitation.notPlanned')}</VisuallyHidden>
    </>
  );
}

function MomentCell({
  participant,
  moment,
  canEdit,
  onResend,
}: {
  participant: ParticipantView;
  moment: SurveyMoment;
  canEdit: boolean;
  onResend: (p: ParticipantView, invitation: Invitation) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const invitation = participant.invitations.filter((i) => i.moment === moment).at(-1);
  if (!invitation) return <NotPlanned />;
  const reminded = invitation.status === 'sent' && invitation.remindersSent > 0;
  const shown = reminded ? 'reminded' : invitation.status;
  let meta: string | null = null;
  if (invitation.status === 'completed') meta = shortDate(invitation.completedAt, locale);
  else if (invitation.status === 'scheduled')
    meta = Date.parse(invitation.dueAt) <= Date.now() ? t('questionnaires.invitation.sendSoon') : shortDate(invitation.dueAt, locale);
  else if (invitation.status === 'sent' || invitation.status === 'expired') meta = shortDate(invitation.sentAt, locale) || null;
  const canResend = canEdit && (invitation.status === 'sent' || invitation.status === 'expired');
  return (
    <div className="q-cell">
      <Pill status={shown}>{t(`questionnaires.invitation.${shown}`)}</Pill>
      {meta ? <span className="q-cell-meta">{meta}</span> : null}
      {reminded ? <span className="q-cell-meta">{t('questionnaires.invitation.reminders', { count: invitation.remindersSent })}</span> : null}
      {canResend ? (
        <Button
          variant="subtle"
          size="compact-xs"
          px={4}
          mt={2}
          aria-label={t('questionnaires.invitation.resendLabel', { moment, name: participant.name })}
          onClick={() => onResend(participant, invitation)}
        >
          {t('questionnaires.invitation.resend')}
        </Button>
      ) : null}
    </div>
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
