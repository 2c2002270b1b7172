import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { ProjectView } from '../../shared/schemas.js';
import { useProject } from '../features/projects/queries.js';
import { isNotFound } from '../lib/errors.js';
import { useDocumentTitle } from '../lib/useDocumentTitle.js';
import { QueryState } from './QueryState.js';
import { NotFoundState } from './States.js';

/** "Project not found", with the way back to the list: for another organisation's project too. */
export function ProjectNotFound() {
  const { t } = useTranslation();
  return <NotFoundState title={t('project.notFoundTitle')} text={t('project.notFoundText')} backTo="/projects" backLabel={t('project.backToList')} />;
}

/**
 * Loads the project of the page's `:id` and shows its not-found, error or loading state; renders
 * the page once the project is there. The workspaces of a project (sources, participants,
 * agreement) all start this way.
 */
export function ProjectGate({ pageTitle, children }: { pageTitle: (project: ProjectView) => string; children: (project: ProjectView) => ReactNode }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const project = useProject(id);
  useDocumentTitle(project.data ? pageTitle(project.data) : isNotFound(project.error) ? t('project.notFoundTitle') : null);
  return (
    <QueryState query={project} notFound={<ProjectNotFound />}>
      {children}
    </QueryState>
  );
}
