import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_STATUSES, type ParticipantView } from '../../../shared/questionnaires.js';
import { Pill } from './ui.js';

type Status = ParticipantView['status'];

/** Each candidate with what the report asks about them, and the choice: selected, candidate or withdrawn. */
export function SelectionPanel({
  participants,
  canEdit,
  busyId,
  onStatus,
  onEdit,
}: {
  participants: ParticipantView[];
  canEdit: boolean;
  busyId: string | null;
  onStatus: (p: ParticipantView, status: Status) => void;
  onEdit: (p: ParticipantView) => void;
}) {
  const { t } = useTranslation();
  const count = (s: Status) => participants.filter((p) => p.status === s).length;
  const yesNo = (value: boolean | null | undefined) => (value === true ? t('questionnaires.form.yes') : value === false ? t('questionnaires.form.no') : null);
  const actions: Record<Status, { to: Status; label: string }[]> = {
    candidate: [
      { to: 'selected', label: t('questionnaires.selection.select') },
      { to: 'withdrawn', label: t('questionnaires.selection.withdraw') },
    ],
    selected: [
      { to: 'candidate', label: t('questionnaires.selection.toCandidate') },
      { to: 'withdrawn', label: t('questionnaires.selection.withdraw') },
    ],
    withdrawn: [
      { to: 'candidate', label: t('questionnaires.selection.toCandidate') },
      { to: 'selected', label: t('questionnaires.selection.select') },
    ],
  };
  // candidates first: they are the ones waiting for a decision
  const ordered = [...participants].sort((a, b) => PARTICIPANT_STATUSES.indexOf(a.status) - PARTICIPANT_STATUSES.indexOf(b.status));

  return (
    <Stack gap="md">
      <Text fz="sm" fw={600}>
        {t('questionnaires.selection.counts', { candidate: count('candidate'), selected: count('selected'), withdrawn: count('withdrawn') })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" className="plain-list">
        {ordered.map((p) => {
          const facts: [string, string | null | undefined][] = [
            [t('questionnaires.form.motivation'), p.selection.motivation],
            [t('questionnaires.form.fitOwnDevelopment'), p.selection.fitOwnDevelopment],
            [t('questionnaires.form.fitSchoolDevelopment'), p.selection.fitSchoolDevelopment],
            [t('questionnaires.form.willingToPrepare'), yesNo(p.selection.willingToPrepare)],
            [t('questionnaires.form.willingToShare'), yesNo(p.selection.willingToShare)],
            [t('questionnaires.form.timeGiven'), p.selection.timeGiven],
          ];
          return (
            <Paper key={p.id} component="li" withBorder radius="md" p="md">
              <Stack gap="sm" h="100%">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <div>
                    <Title order={3} fz="md">
                      {p.name}
                    </Title>
                    <Text fz="xs" c="dimmed">
                      {[t(`questionnaires.roles.${p.role}`), p.activityTitle].filter(Boolean).join(' · ')}
                    </Text>
                  </div>
                  <Pill status={p.status}>{t(`questionnaires.statuses.${p.status}`)}</Pill>
                </Group>
                <dl className="q-dl">
                  {facts.map(([label, value]) => (
                    <div key={label} style={{ display: 'contents' }}>
                      <dt>{label}</dt>
                      <dd>
                        {value ? (
                          value
                        ) : (
                          <Text span fz="sm" c="dimmed">
                            {t('questionnaires.selection.notFilled')}
                          </Text>
                        )}
                      </dd>
                    </div>
                  ))}
                </dl>
                {canEdit ? (
                  <Group gap="xs" mt="auto" role="group" aria-label={t('questionnaires.selection.actionsLabel', { name: p.name })}>
                    {actions[p.status].map((a) => (
                      <Button
                        key={a.to}
                        size="compact-sm"
                        variant={a.to === 'selected' ? 'filled' : 'default'}
                        loading={busyId === p.id}
                        onClick={() => onStatus(p, a.to)}
                      >
                        {a.label}
                      </Button>
                    ))}
                    <Button size="compact-sm" variant="subtle" aria-label={t('questionnaires.status.editLabel', { name: p.name })} onClick={() => onEdit(p)}>
                      {t('questionnaires.status.edit')}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
