import { Alert, Anchor, Button, Group, Modal, Stack, Tabs, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ParticipantView } from '../../../shared/questionnaires.js';
import type { ProjectView } from '../../../shared/schemas.js';
import { participants as participantsApi } from '../../api/questionnaires.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProjectGate } from '../../components/ProjectGate.js';
import { ErrorAlert, LoadingState } from '../../components/States.js';
import { useApi } from '../../lib/useApi.js';
import { useUser } from '../auth/session.js';
import { ImportPanel } from './ImportPanel.js';
import { MomentSettings } from './MomentSettings.js';
import { ParticipantForm, toInput } from './ParticipantForm.js';
import { Reflections } from './Reflections.js';
import { SelectionPanel } from './SelectionPanel.js';
import { StatusTable } from './StatusTable.js';
import { Empty, Section } from './ui.js';
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
  const list = useApi(`participants:${project.id}`, (signal) => participantsApi.list(project.id, signal));
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const [editing, setEditing] = useState<ParticipantView | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const canEdit = project.canEdit;
  const participants = list.data ?? [];

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

  const replaceOne = (saved: ParticipantView) =>
    list.setData(participants.some((p) => p.id === saved.id) ? participants.map((p) => (p.id === saved.id ? saved : p)) : [...participants, saved]);

  async function changeStatus(p: ParticipantView, status: ParticipantView['status']) {
    setBusyId(p.id);
    setActionError(undefined);
    try {
      const saved = await participantsApi.update(project.id, p.id, { ...toInput(p, project.activities), status });
      replaceOne(saved);
      setNotice(t('questionnaires.selection.changed', { name: saved.name, status: t(`questionnaires.statuses.${status}`) }));
    } catch (err) {
      setActionError(err);
    } finally {
      setBusyId(null);
    }
  }

  async function resend(p: ParticipantView, invitation: ParticipantView['invitations'][number]) {
    setActionError(undefined);
    try {
      replaceOne(await participantsApi.resend(project.id, invitation.id));
      setNotice(t('questionnaires.invitation.resent', { moment: invitation.moment, name: p.name }));
    } catch (err) {
      setActionError(err);
    }
  }

  const empty = <Empty>{canEdit ? t('questionnaires.list.empty') : t('questionnaires.list.emptyReadOnly')}</Empty>;
  const body = (render: () => ReactNode) => {
    if (list.error && !list.data) return <ErrorAlert error={list.error} onRetry={list.reload} />;
    if (!list.data) return <LoadingState />;
    return participants.length ? render() : empty;
  };

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
          <div role="status">
            {notice ? (
              <Alert color="green" variant="light" withCloseButton onClose={() => setNotice(null)} closeButtonLabel={t('common.close')}>
                <Text fz="sm" c="dark.9">
                  {notice}
                </Text>
              </Alert>
            ) : null}
          </div>
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
          <Tabs.Tab value="status" fw={600}>
            {t('questionnaires.list.tabStatus')}
          </Tabs.Tab>
          <Tabs.Tab value="selection" fw={600}>
            {t('questionnaires.list.tabSelection')}
          </Tabs.Tab>
          <Tabs.Tab value="moments" fw={600}>
            {t('questionnaires.list.tabMoments')}
          </Tabs.Tab>
          <Tabs.Tab value="reflections" fw={600}>
            {t('questionnaires.list.tabReflections')}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="status">
          <Stack gap="xl">
            <Section id="status" title={t('questionnaires.status.heading')}>
              <Text c="dimmed" fz="sm" mb="sm" maw="75ch">
                {t('questionnaires.status.intro')}
              </Text>
              {body(() => (
                <StatusTable participants={participants} canEdit={canEdit} onEdit={(p) => setEditing(p)} onResend={(p, i) => void resend(p, i)} />
              ))}
            </Section>
            <Section id="export" title={t('questionnaires.status.exportHeading')}>
              <Text c="dimmed" fz="sm" mb="sm">
                {t('questionnaires.status.exportIntro')}
              </Text>
              <Group gap="sm">
                <Button component="a" href={participantsApi.exportUrl(project.id, 'csv')} variant="default" download>
                  {t('questionnaires.status.exportCsv')}
                </Button>
                <Button component="a" href={participantsApi.exportUrl(project.id, 'xlsx')} variant="default" download>
                  {t('questionnaires.status.exportXlsx')}
                </Button>
              </Group>
            </Section>
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="selection">
          <Section id="selection" title={t('questionnaires.selection.heading')}>
            <Text c="dimmed" fz="sm" mb="md" maw="75ch">
              {t('questionnaires.selection.intro')}
            </Text>
            {body(() => (
              <SelectionPanel
                participants={participants}
                canEdit={canEdit}
                busyId={busyId}
                onStatus={(p, s) => void changeStatus(p, s)}
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
            {body(() => (
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
              replaceOne(saved);
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
              list.reload();
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
