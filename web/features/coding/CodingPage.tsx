import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { QueryState } from '../../components/QueryState.js';
import { NotFoundState } from '../../components/States.js';
import { isNotFound } from '../../lib/errors.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useProject } from '../projects/queries.js';
import { CodingWorkspace } from './CodingWorkspace.js';
import { useCodebooks, useInterviewees, useSource } from './queries.js';

/** Reads a source and codes it: select a span (mouse or sentence by sentence), apply codes, manage the segments. */
export function CodingPage() {
  const { sourceId = '' } = useParams();
  const { t } = useTranslation();
  const [mine, setMine] = useState(false);
  const source = useSource(sourceId, mine);
  const projectId = source.data?.projectId;
  const project = useProject(projectId);
  // pseudonymised for the agency's analysts, as the segments' speakers are
  const people = useInterviewees(projectId);
  const codebooks = useCodebooks();
  useDocumentTitle(source.data?.title ?? (isNotFound(source.error) ? t('coding.coding.notFoundTitle') : null));
  const notFound = (
    <NotFoundState
      title={t('coding.coding.notFoundTitle')}
      text={t('coding.coding.notFoundText')}
      backTo="/projects"
      backLabel={t('coding.coding.backToProjects')}
    />
  );
  return (
    <QueryState queries={[source, project, people, codebooks.query]} notFound={notFound}>
      {([view, projectView, interviewees]) => (
        <CodingWorkspace
          source={view}
          loading={source.isFetching}
          project={projectView}
          interviewees={interviewees}
          index={codebooks.index}
          mine={mine}
          setMine={setMine}
        />
      )}
    </QueryState>
  );
}
