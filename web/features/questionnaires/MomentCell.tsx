import { Button, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantView, SurveyMoment, UnplannedReason } from '../../../shared/questionnaires.js';
import { shortDate } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { Pill } from './ui.js';

type Invitation = ParticipantView['invitations'][number];
type Unplanned = ParticipantView['unplanned'][number];

/** What can be done about one person's moment from its cell; a missing handler means "not offered here". */
export interface MomentActions {
  name: string;
  canEdit: boolean;
  /** send a link that went out (sent or expired) again */
  onResend?: (invitation: Invitation) => void;
  /** send now: a moment planned for later, or one that could not be planned */
  onSendNow: (moment: SurveyMoment) => void;
  onSelect?: () => void;
  onEditDates?: () => void;
  onSettings?: () => void;
}

/** A dash to the eye, the words to a screen reader: rows of candidates are otherwise a wall of "not planned". */
export function NotPlanned() {
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

/**
 * One person's moment: the invitation's status with its date, or why there is none and the fix,
 * right there (select, set the moments, fill in dates, send now).
 */
export function MomentCell({
  moment,
  invitations,
  unplanned,
  actions,
}: {
  moment: SurveyMoment;
  invitations: Invitation[];
  unplanned: Unplanned[];
  actions: MomentActions;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const invitation = invitations.filter((i) => i.moment === moment && i.status !== 'cancelled').at(-1);
  const reason = unplanned.find((u) => u.moment === moment)?.reason;
  if (!invitation) {
    if (!reason)
      return (
        <span className="q-dimmed" lang={locale}>
          {t('instruments.notAsked')}
        </span>
      );
    return <Unplanned moment={moment} reason={reason} actions={actions} />;
  }
  const reminded = invitation.status === 'sent' && invitation.remindersSent > 0;
  const shown = reminded ? 'reminded' : invitation.status;
  const due = Date.parse(invitation.dueAt) <= Date.now();
  let meta: string | null = null;
  if (invitation.status === 'completed') meta = shortDate(invitation.completedAt, locale);
  else if (invitation.status === 'scheduled') meta = due ? t('questionnaires.invitation.sendSoon') : shortDate(invitation.dueAt, locale);
  else if (invitation.status === 'sent' || invitation.status === 'expired') meta = shortDate(invitation.sentAt, locale) || null;
  const again = invitation.status === 'sent' || invitation.status === 'expired';
  const later = invitation.status === 'scheduled' && !due;
  return (
    <div className="q-cell">
      <Pill status={shown}>{t(`questionnaires.invitation.${shown}`)}</Pill>
      {meta ? <span className="q-cell-meta">{meta}</span> : null}
      {reminded ? <span className="q-cell-meta">{t('questionnaires.invitation.reminders', { count: invitation.remindersSent })}</span> : null}
      {actions.canEdit && again ? (
        <CellButton
          label={t('questionnaires.invitation.resendLabel', { moment, name: actions.name })}
          onClick={() => (actions.onResend ? actions.onResend(invitation) : actions.onSendNow(moment))}
        >
          {t('questionnaires.invitation.resend')}
        </CellButton>
      ) : null}
      {actions.canEdit && later ? (
        <CellButton label={t('instruments.fixLabels.sendNow', { moment, name: actions.name })} onClick={() => actions.onSendNow(moment)}>
          {t('instruments.fixes.sendNow')}
        </CellButton>
      ) : null}
    </div>
  );
}

function Unplanned({ moment, reason, actions }: { moment: SurveyMoment; reason: UnplannedReason; actions: MomentActions }) {
  const { t } = useTranslation();
  const fix = actions.canEdit ? fixFor(reason, moment, actions) : null;
  return (
    <div className="q-cell">
      <Pill status="unplanned">{t(`instruments.reasons.${reason}`)}</Pill>
      <span className="q-cell-meta q-cell-why">{t(`instruments.reasonHelp.${reason}`)}</span>
      {fix ? (
        <CellButton label={t(`instruments.fixLabels.${fix.key}`, { moment, name: actions.name })} onClick={fix.run}>
          {t(`instruments.fixes.${fix.key}`)}
        </CellButton>
      ) : null}
    </div>
  );
}

function fixFor(
  reason: UnplannedReason,
  moment: SurveyMoment,
  actions: MomentActions,
): { key: 'select' | 'settings' | 'dates' | 'sendNow'; run: () => void } | null {
  if (reason === 'not_selected') return actions.onSelect ? { key: 'select', run: actions.onSelect } : null;
  if (reason === 'moment_off') return actions.onSettings ? { key: 'settings', run: actions.onSettings } : null;
  if (reason === 'no_dates') return actions.onEditDates ? { key: 'dates', run: actions.onEditDates } : null;
  if (reason === 'passed') return { key: 'sendNow', run: () => actions.onSendNow(moment) };
  return null; // the group's dates come with the participants: nothing to do here
}

function CellButton({ label, onClick, children }: { label: string; onClick: () => void; children: string }) {
  return (
    <Button variant="subtle" size="compact-xs" px={4} mt={2} aria-label={label} onClick={onClick}>
      {children}
    </Button>
  );
}
