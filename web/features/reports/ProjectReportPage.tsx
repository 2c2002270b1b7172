import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProjectView } from '../../../shared/schemas.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProjectGate } from '../../components/ProjectGate.js';
import { Section } from '../../components/Section.js';
import { GenerateForm } from './GenerateForm.js';
import { ReportList } from './ReportList.js';

/** The project's own impact report, for its coordinator (and the Agency): make it, follow it, download it again. */
export function ProjectReportPage() {
  const { t } = useTranslation();
  return (
    <ProjectGate pageTitle={(p) => t('reports.project.documentTitle', { project: p.title })}>{(project) => <ProjectReport project={project} />}</ProjectGate>
  );
}

function ProjectReport({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <PageHeader
        above={
          <Anchor component={Link} to={`/projects/${project.id}`} fz="sm">
            {t('reports.project.backToProject')} · {project.title}
          </Anchor>
        }
        title={t('reports.project.title')}
        description={t('reports.project.intro')}
      />
      <Section id="generate" title={t('reports.generate.title')}>
        <GenerateForm kinds={['project']} projectIds={[project.id]} />
      </Section>
      <Section id="list" title={t('reports.list.title')}>
        <ReportList query={{ projectId: project.id, kind: 'project' }} />
      </Section>
    </Stack>
  );
}
