import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { canEditProject } from '../../../shared/access.js';
import type { ProjectView } from '../../../shared/schemas.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProjectGate } from '../../components/ProjectGate.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { useUser } from '../auth/session.js';
import { IntervieweesSection } from './IntervieweesSection.js';
import { useInterviewees } from './queries.js';
import { SourceForm } from './SourceForm.js';
import { SourcesSection } from './SourcesSection.js';

/** A project's qualitative sources (interviews, open answers, reports) and the people interviewed. */
export function SourcesPage() {
  const { t } = useTranslation();
  return <ProjectGate pageTitle={(project) => `${t('coding.sources')}: ${project.title}`}>{(project) => <ProjectSources project={project} />}</ProjectGate>;
}

function ProjectSources({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  const user = useUser();
  const interviewees = useInterviewees(project.id);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // sources and interviewees are the organisation's own data: the agency's analysts code them, never change them
  const editable = canEditProject(user, { organisationId: project.organisation.id, archived: project.archived });

  return (
    <Stack gap="xl">
      <div>
        <PageHeader
          above={
            <Group gap="xs">
              <Anchor component={Link} to={`/projects/${project.id}`} fz="sm">
                {project.acronym ?? project.title}
              </Anchor>
            </Group>
          }
          title={t('coding.sources')}
          description={t('coding.list.intro')}
          // the project's tools go here too: REFI-QDA import and export, the agreement report
          actions={
            <>
              <Button component={Link} to={`/evidence?view=search&projectId=${project.id}`} variant="default">
                {t('coding.retrievalPage.searchTab')}
              </Button>
              <Button component={Link} to={`/projects/${project.id}/agreement`} variant="default">
                {t('codingAnalysis.agreement.open')} · REFI-QDA
              </Button>
              {editable ? <Button onClick={() => setAdding(true)}>{t('coding.list.add')}</Button> : null}
            </>
          }
        />
        <StatusNotice notice={notice} onClose={() => setNotice(null)} />
        {!editable ? (
          <Text fz="sm" mt="xs">
            {t('coding.list.readOnly')}
          </Text>
        ) : null}
      </div>

      <SourcesSection projectId={project.id} editable={editable} onRemoved={() => setNotice(t('coding.list.removed'))} />
      <IntervieweesSection
        projectId={project.id}
        interviewees={interviewees}
        editable={editable}
        onAdded={(person) => setNotice(t('coding.people.added', { label: person.label }))}
      />

      <Modal opened={adding} onClose={() => setAdding(false)} title={t('coding.form.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <SourceForm
          projectId={project.id}
          interviewees={interviewees.data ?? []}
          canAddInterviewee={editable}
          onCancel={() => setAdding(false)}
          onSaved={(source) => {
            setAdding(false);
            setNotice(t('coding.list.added', { title: source.title }));
          }}
        />
      </Modal>
    </Stack>
  );
}
