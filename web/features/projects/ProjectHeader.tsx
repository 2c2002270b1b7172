import { Alert, Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProjectView } from '../../../shared/schemas.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { Fact } from '../../components/Fact.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert } from '../../components/States.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { useUser } from '../auth/session.js';
import { ProjectForm } from './ProjectForm.js';
import { useArchiveProject, useRestoreProject } from './queries.js';
import { canEditOrganisationData } from '../../../shared/access.js';

/** The top of a project's page: title, the actions on the project, its notices, the ways to its workspaces and its facts. */
export function ProjectHeader({ project, notice, setNotice }: { project: ProjectView; notice: string | null; setNotice: (notice: string | null) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const archive = useArchiveProject(project.id);
  const restore = useRestoreProject(project.id);
  const canEdit = project.canEdit;
  // an archived project is read-only (canEdit is false) but the same people may restore it
  const canRestore = project.archived && canEditOrganisationData(user, project.organisation.id);

  const actions = (
    <>
      {canEdit ? (
        <>
          <Button onClick={() => setEditing(true)}>{t('project.edit')}</Button>
          <Button variant="default" onClick={() => setArchiving(true)}>
            {t('project.archive')}
          </Button>
        </>
      ) : null}
      {canRestore ? (
        <Button loading={restore.isPending} onClick={() => restore.mutate(undefined, { onSuccess: () => setNotice(t('project.restored')) })}>
          {t('project.restore')}
        </Button>
      ) : null}
    </>
  );

  return (
    <div>
      <PageHeader
        above={
          <Group gap="xs">
            <Anchor component={Link} to="/projects" fz="sm">
              {t('project.backToList')}
            </Anchor>
          </Group>
        }
        title={
          <>
            {project.acronym ? (
              <Text component="span" display="block" fz="md" fw={700} c="impact.9" mb={4}>
                {project.acronym}
              </Text>
            ) : null}
            {project.title}
          </>
        }
        actions={canEdit || canRestore ? actions : null}
      />
      <Stack gap="sm">
        <StatusNotice notice={notice} onClose={() => setNotice(null)} />
        {project.archived ? (
          <Alert color="gray" variant="light">
            <Text fz="sm" c="dark.9">
              {t('project.archivedNotice')}
            </Text>
          </Alert>
        ) : null}
        {restore.error ? <ErrorAlert error={restore.error} /> : null}
        <Group gap="sm" component="nav" aria-label={t('project.workspaces')}>
          <Button component={Link} to={`/projects/${project.id}/impact-model`} variant="light">
            {t('impactModel.open')}
          </Button>
          <Button component={Link} to={`/projects/${project.id}/sources`} variant="light">
            {t('coding.sources')}
          </Button>
          <Button component={Link} to={`/projects/${project.id}/participants`} variant="light">
            {t('questionnaires.participants')}
          </Button>
          <Button component={Link} to={`/projects/${project.id}/after`} variant="light">
            {t('after.page.open')}
          </Button>
          <Button component={Link} to={`/projects/${project.id}/dashboard`} variant="light">
            {t('analytics.project.open')}
          </Button>
          <Button component={Link} to={`/projects/${project.id}/report`} variant="light">
            {t('reports.project.open')}
          </Button>
        </Group>
        <ProjectFacts project={project} />
      </Stack>

      <Modal opened={editing} onClose={() => setEditing(false)} title={t('project.editTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <ProjectForm
          project={project}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setNotice(t('common.saved'));
          }}
        />
      </Modal>
      <ConfirmModal
        opened={archiving}
        title={t('project.archiveTitle')}
        message={t('project.archiveConfirm', { title: project.title })}
        confirmLabel={t('project.archive')}
        onClose={() => setArchiving(false)}
        onConfirm={async () => {
          await archive.mutateAsync(undefined);
          setNotice(t('project.archived'));
        }}
      />
    </div>
  );
}

function ProjectFacts({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const locale = useLocale();
  const notSet = (
    <Text c="dimmed" span>
      {t('common.notSet')}
    </Text>
  );
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t('project.details')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg" verticalSpacing="md" component="dl" className="facts" m={0}>
        <Fact label={t('project.organisation')}>
          <Anchor component={Link} to={`/organisations/${project.organisation.id}`} underline="always">
            {project.organisation.name}
          </Anchor>
        </Fact>
        <Fact label={t('project.sector')}>{label('sector', project.sector)}</Fact>
        <Fact label={t('project.keyAction')}>{label('key_action', project.keyAction)}</Fact>
        <Fact label={t('project.callYear')}>{project.callYear}</Fact>
        <Fact label={t('project.startDate')}>{formatDate(project.startDate, locale) ?? notSet}</Fact>
        <Fact label={t('project.endDate')}>{formatDate(project.endDate, locale) ?? notSet}</Fact>
        <Fact label={t('project.status')}>
          <StatusBadge status={project.status} />
        </Fact>
        {project.code ? <Fact label={t('project.code')}>{project.code}</Fact> : null}
        {project.grantEur !== null ? (
          <Fact label={t('project.grant')}>{formatNumber(project.grantEur, locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })}</Fact>
        ) : null}
      </SimpleGrid>
    </Paper>
  );
}
