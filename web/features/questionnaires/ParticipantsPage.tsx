import { Anchor, Button, Group, Modal, Stack, Tabs, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ParticipantView } from '../../../shared/questionnaires.js';
import type { ProjectView } from '../../../shared/schemas.js';
import { participants as participantsApi } from '../../api/questionnaires.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProjectGate } from '../../components/ProjectGate.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty, Section } from '../../components/Section.js';
import { ErrorAlert } from '../../components/States.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { useUser } from '../auth/session.js';
import { ImportPanel } from './ImportPanel.js';
import { MomentSettings } from './MomentSettings.js';
import { ParticipantForm, toInput } from './ParticipantForm.js';
import { useChangeParticipant, useParticipants, useResendInvitation } from './queries.js';
import { Reflections } from './Reflections.js';
import { SelectionPanel } from './SelectionPanel.js';
import { StatusTable } from './StatusTable.js';
import { isPseudonymised } from '../../../shared/access.js';

const TABS = ['status', 'selection', 'moments', 'reflections'] as const;
type Tab = (typeof TABS)[number];

/** A project's participants: registration, selection, the moments and who answered what. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  return (
    <ProjectGate pageTitle={(project) => `${t('questionnaires.participants')}: ${project.title}`}>
      {(project) => <Participants project={project} />}
    </ProjectGate>
  );
}

function Participants({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(asked ?? '') ? (asked as Tab) : 'status';
  const list = useParticipants(project.id);
  const change = useChangeParticipant(project.id);
  const resend = useResendInvitation(project.id);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<ParticipantView | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const canEdit = project.canEdit;
  const actionError = change.error ?? resend.error;

  const chooseTab = (value: string | null) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value && value !== 'status') copy.set('tab', value);
        else copy.delete('tab');
        return copy;
      },
      { replace: true },
    );

  const changeStatus = (p: ParticipantView, status: ParticipantView['status']) =>
    change.mutate(
      { id: p.id, input: { ...toInput(p, project.activities), status } },
      { onSuccess: (saved) => setNotice(t('questionnaires.selection.changed', { name: saved.name, status: t(`questionnaires.statuses.${status}`) })) },
    );
  const resendLink = (p: ParticipantView, invitation: ParticipantView['invitations'][number]) =>
    resend.mutate(invitation.id, { onSuccess: () => setNotice(t('questionnaires.invitation.resent', { moment: invitation.moment, name: p.name })) });

  // the tabs that show the participants wait for them, and say so when there are none
  const withParticipants = (render: (participants: ParticipantView[]) => ReactNode) => (
    <QueryState query={list}>
      {(participants) =>
        participants.length ? render(participants) : <Empty>{canEdit ? t('questionnaires.list.empty') : t('questionnaires.list.emptyReadOnly')}</Empty>
      }
    </QueryState>
  );

  return (
    <Stack gap="lg">
      <div>
        <PageHeader
          above={
            <Group gap="xs">
              <Anchor component={Link} to={`/projects/${project.id}`} fz="sm">
                {project.acronym ?? project.title}
              </Anchor>
            </Group>
          }
          title={t('questionnaires.participants')}
          description={t('questionnaires.list.intro')}
          actions={
            canEdit ? (
              <>
                <Button onClick={() => setEditing('new')}>{t('questionnaires.list.add')}</Button>
                <Button variant="default" onClick={() => setImporting(true)}>
                  {t('questionnaires.list.import')}
                </Button>
              </>
            ) : null
          }
        />
        <Stack gap="sm">
          <StatusNotice notice={notice} onClose={() => setNotice(null)} />
          {actionError ? <ErrorAlert error={actionError} /> : null}
          {!canEdit ? (
            <Text fz="sm">
              {t('questionnaires.list.readOnly')} {isPseudonymised(user) ? t('questionnaires.list.pseudonymised') : null}
            </Text>
          ) : null}
        </Stack>
      </div>

      <Tabs value={tab} onChange={chooseTab} keepMounted={false}>
        <Tabs.List aria-label={t('questionnaires.list.tabs')} mb="lg">
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value} fw={600}>
              {t(`questionnaires.list.${TAB_LABELS[value]}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>

        <Tabs.Panel value="status">
          <Stack gap="xl">
            <Section id="status" title={t('questionnaires.status.heading')}>
              <Text c="dimmed" fz="sm" mb="sm" maw="75ch">
                {t('questionnaires.status.intro')}
              </Text>
              {withParticipants((participants) => (
                <StatusTable participants={participants} canEdit={canEdit} onEdit={(p) => setEditing(p)} onResend={resendLink} />
              ))}
            </Section>
            <ExportSection projectId={project.id} />
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="selection">
          <Section id="selection" title={t('questionnaires.selection.heading')}>
            <Text c="dimmed" fz="sm" mb="md" maw="75ch">
              {t('questionnaires.selection.intro')}
            </Text>
            {withParticipants((participants) => (
              <SelectionPanel
                participants={participants}
                canEdit={canEdit}
                busyId={change.isPending ? (change.variables?.id ?? null) : null}
                onStatus={changeStatus}
                onEdit={(p) => setEditing(p)}
              />
            ))}
          </Section>
        </Tabs.Panel>

        <Tabs.Panel value="moments">
          <Section id="moments" title={t('questionnaires.settings.heading')}>
            <MomentSettings projectId={project.id} canEdit={canEdit} />
          </Section>
        </Tabs.Panel>

        <Tabs.Panel value="reflections">
          <Section id="reflections" title={t('questionnaires.reflections.heading')}>
            <Text c="dimmed" fz="sm" mb="md" maw="75ch">
              {t('questionnaires.reflections.intro')}
            </Text>
            {withParticipants((participants) => (
              <Reflections projectId={project.id} participants={participants} />
            ))}
          </Section>
        </Tabs.Panel>
      </Tabs>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('questionnaires.form.addTitle') : t('questionnaires.form.editTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== null ? (
          <ParticipantForm
            projectId={project.id}
            activities={project.activities}
            participant={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              const added = editing === 'new';
              setEditing(null);
              setNotice(added ? t('questionnaires.list.added', { name: saved.name }) : t('questionnaires.list.saved', { name: saved.name }));
            }}
          />
        ) : null}
      </Modal>
      <Modal
        opened={importing}
        onClose={() => setImporting(false)}
        title={t('questionnaires.import.title')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {importing ? (
          <ImportPanel
            projectId={project.id}
            onCancel={() => setImporting(false)}
            onImported={(count) => {
              setImporting(false);
              setNotice(t('questionnaires.import.imported', { count }));
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

const TAB_LABELS = { status: 'tabStatus', selection: 'tabSelection', moments: 'tabMoments', reflections: 'tabReflections' } as const;

/** The answers as a file, one row per participant and moment. */
function ExportSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <Section id="export" title={t('questionnaires.status.exportHeading')}>
      <Text c="dimmed" fz="sm" mb="sm">
        {t('questionnaires.status.exportIntro')}
      </Text>
      <Group gap="sm">
        <Button component="a" href={participantsApi.exportUrl(projectId, 'csv')} variant="default" download>
          {t('questionnaires.status.exportCsv')}
        </Button>
        <Button component="a" href={participantsApi.exportUrl(projectId, 'xlsx')} variant="default" download>
          {t('questionnaires.status.exportXlsx')}
        </Button>
      </Group>
    </Section>
  );
}
