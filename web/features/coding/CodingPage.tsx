import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { QueryState } from '../../components/QueryState.js';
import { NotFoundState } from '../../components/States.js';
import { isNotFound } from '../../lib/errors.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useUser } from '../auth/session.js';
import { useProject } from '../projects/queries.js';
import { CodingWorkspace } from './CodingWorkspace.js';
import { CodingHistory } from './history.js';
import { useCodebooks, useInterviewees, useSource } from './queries.js';
import type { Span } from './text.js';
import { useLastCodingStep } from './UndoButton.js';

/** `?select=12-40`: the code points a word search found, selected when the page opens. */
function selectionOf(value: string | null): Span | null {
  const m = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!m) return null;
  const span = { start: Number(m[1]), end: Number(m[2]) };
  return span.start < span.end ? span : null;
}

/** Reads a source and codes it: select a span (mouse or sentence by sentence), apply codes, manage the segments. */
export function CodingPage() {
  const { sourceId = '' } = useParams();
  const [params] = useSearchParams();
  const select = params.get('select');
  const initialSelection = useMemo(() => selectionOf(select), [select]);
  const { t } = useTranslation();
  const user = useUser();
  const [mine, setMine] = useState(false);
  // the last coding action, reported by every segment write inside the workspace, for its undo
  const last = useLastCodingStep(sourceId, user.id);
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
        <CodingHistory.Provider value={last.history}>
          <CodingWorkspace
            key={`${view.id}:${select ?? ''}`}
            source={view}
            loading={source.isFetching}
            project={projectView}
            interviewees={interviewees}
            index={codebooks.index}
            mine={mine}
            setMine={setMine}
            me={user.id}
            last={last}
            initialSelection={view.length >= (initialSelection?.end ?? 0) ? initialSelection : null}
          />
        </CodingHistory.Provider>
      )}
    </QueryState>
  );
}
