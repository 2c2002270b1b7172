import { Button, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { momentsOf, type RespondentView, type SurveyMoment } from '../../../shared/questionnaires.js';
import type { ProjectView } from '../../../shared/schemas.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty, Section } from '../../components/Section.js';
import { ErrorAlert } from '../../components/States.js';
import { TableRegion } from '../../components/TableRegion.js';
import { formatDateRange } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { MomentCell } from './MomentCell.js';
import { useRespondents, useSendRespondentNow } from './queries.js';
import { RespondentForm } from './RespondentForm.js';
import { Pill } from './ui.js';

type Kind = RespondentView['kind'];
const KINDS: Kind[] = ['comparison', 'organisation'];

/** The comparison group and the organisation questionnaire of a project: who is asked, and what they got. */
export function Respondents({ project, onNotice, onSettings }: { project: ProjectView; onNotice: (notice: string) => void; onSettings: () => void }) {
  const { t } = useTranslation();
  const list = useRespondents(project.id);
  const sendNow = useSendRespondentNow(project.id);
  const [editing, setEditing] = useState<{ kind: Kind; respondent?: RespondentView } | null>(null);
  const send = (r: RespondentView, moment: SurveyMoment) =>
    sendNow.mutate({ id: r.id, moment }, { onSuccess: () => onNotice(t('instruments.sentNow', { moment, name: r.name })) });
  return (
    <Stack gap="xl">
      {sendNow.error ? <ErrorAlert error={sendNow.error} /> : null}
      {KINDS.map((kind) => (
        <Section
          key={kind}
          id={`respondents-${kind}`}
          title={t(`instruments.respondents.${kind}.heading`)}
          action={project.canEdit ? <Button onClick={() => setEditing({ kind })}>{t(`instruments.respondents.${kind}.add`)}</Button> : null}
        >
          <Text c="dimmed" fz="sm" mb="sm" maw="75ch">
            {t(`instruments.respondents.${kind}.intro`)}
          </Text>
          <QueryState query={list}>
            {(all) => {
              const people = all.filter((r) => r.kind === kind);
              return people.length ? (
                <RespondentTable
                  kind={kind}
                  people={people}
                  canEdit={project.canEdit}
                  onEdit={(respondent) => setEditing({ kind, respondent })}
                  onSendNow={send}
                  onSettings={onSettings}
                />
              ) : (
                <Empty>{t(`instruments.respondents.${kind}.empty`)}</Empty>
              );
            }}
          </QueryState>
        </Section>
      ))}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.respondent
            ? t('instruments.respondents.form.edit')
            : t(editing?.kind === 'organisation' ? 'instruments.respondents.form.addOrganisation' : 'instruments.respondents.form.addComparison')
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing ? (
          <RespondentForm
            projectId={project.id}
            kind={editing.kind}
            activities={project.activities}
            respondent={editing.respondent}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              const added = !editing.respondent;
              setEditing(null);
              onNotice(t(added ? 'instruments.respondents.added' : 'instruments.respondents.saved', { name: saved.name }));
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function RespondentTable({
  kind,
  people,
  canEdit,
  onEdit,
  onSendNow,
  onSettings,
}: {
  kind: Kind;
  people: RespondentView[];
  canEdit: boolean;
  onEdit: (r: RespondentView) => void;
  onSendNow: (r: RespondentView, moment: SurveyMoment) => void;
  onSettings: () => void;
}) {
  const { t } = useTranslation();
  const moments = momentsOf(kind);
  const label = t(`instruments.respondents.${kind}.tableLabel`);
  return (
    <TableRegion label={label}>
      <Table className="q-status-table" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('instruments.respondents.person')}</Table.Th>
            {moments.map((m) => (
              <Table.Th scope="col" key={m}>
                {t(`questionnaires.moments.${m}`)}
                <span className="q-col-name">{t(`questionnaires.momentNames.${m}`)}</span>
              </Table.Th>
            ))}
            {canEdit ? (
              <Table.Th scope="col">
                <VisuallyHidden>{t('instruments.respondents.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row">
                <Person respondent={r} />
              </Table.Th>
              {moments.map((m) => (
                <Table.Td key={m}>
                  <MomentCell
                    moment={m}
                    invitations={r.invitations}
                    unplanned={r.unplanned}
                    actions={{ name: r.name, canEdit, onSendNow: (moment) => onSendNow(r, moment), onSettings }}
                  />
                </Table.Td>
              ))}
              {canEdit ? (
                <Table.Td>
                  <Button variant="default" size="compact-sm" aria-label={t('instruments.respondents.editLabel', { name: r.name })} onClick={() => onEdit(r)}>
                    {t('instruments.respondents.edit')}
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

function Person({ respondent: r }: { respondent: RespondentView }): ReactNode {
  const { t } = useTranslation();
  const locale = useLocale();
  const dates = r.startDate ? formatDateRange(r.startDate, r.endDate, locale) : null;
  return (
    <Stack gap={2} align="flex-start">
      <Text fw={600} fz="sm">
        {r.name}
      </Text>
      {r.email ? (
        <Text fz="xs" c="dimmed">
          {r.email}
        </Text>
      ) : null}
      <Text fz="xs" c="dimmed">
        {[t(`questionnaires.roles.${r.role}`), r.activityTitle].filter(Boolean).join(' · ')}
      </Text>
      <Text fz="xs" c="dimmed" maw="16rem">
        {dates ? t('instruments.respondents.dates', { dates }) : t('instruments.respondents.noDates')}
      </Text>
      <Pill status={r.status}>{t(`instruments.respondents.statuses.${r.status}`)}</Pill>
    </Stack>
  );
}
