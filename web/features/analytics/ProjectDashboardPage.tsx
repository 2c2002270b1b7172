import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProjectView } from '../../../shared/schemas.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProjectGate } from '../../components/ProjectGate.js';
import { AfterProjectFigure } from './AfterProjectFigure.js';
import { ChangeFigure } from './ChangeFigure.js';
import { ComparisonFigure } from './ComparisonFigure.js';
import { DashboardFilters } from './DashboardFilters.js';
import { DashboardSection, SyntheticNotice } from './DashboardParts.js';
import { EvidenceByCodeFigure } from './EvidenceFigures.js';
import { FactorsFigures } from './FactorsFigure.js';
import { GoalsFigures } from './GoalsFigure.js';
import { GroupedChangeFigure } from './GroupedChangeFigure.js';
import { ParticipationFigure } from './ParticipationFigure.js';
import { PerceivedFigure } from './PerceivedFigure.js';
import { PersistenceFigure } from './PersistenceFigure.js';
import { QuotesProvider } from './Quotes.js';
import { useSelection } from './selection.js';

/** A project's own dashboard, for its coordinator (and the Agency): its response, change, evidence and goals. */
export function ProjectDashboardPage() {
  const { t } = useTranslation();
  return (
    <ProjectGate pageTitle={(project) => t('analytics.project.documentTitle', { project: project.title })}>
      {(project) => <ProjectDashboard project={project} />}
    </ProjectGate>
  );
}

function ProjectDashboard({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  const selection = useSelection(project.id);
  const { from, to } = selection;
  // a project's dashboard is narrowed by activity type only; the programme's filters in the address do not apply
  const query = { projectId: project.id, activityType: selection.query.activityType };
  return (
    <QuotesProvider>
      <Stack gap="xl">
        <div>
          <PageHeader
            above={
              <Anchor component={Link} to={`/projects/${project.id}`} fz="sm">
                {project.acronym ?? project.title}
              </Anchor>
            }
            title={t('analytics.project.title')}
            description={t('analytics.project.intro')}
          />
          <DashboardFilters selection={selection} scope="project" agency={false} />
          <SyntheticNotice query={query} />
        </div>
        <DashboardSection id="participation" title={t('analytics.sections.participation')}>
          <ParticipationFigure query={query} />
        </DashboardSection>
        <DashboardSection id="change" title={t('analytics.sections.change')} intro={t('analytics.sections.changeIntro')}>
          <ChangeFigure query={query} from={from} to={to} />
          <PerceivedFigure query={query} from={from} to={to as Exclude<typeof to, 'T0'>} />
          <ComparisonFigure query={query} from={from} to={to} />
          <PersistenceFigure query={query} />
          <GroupedChangeFigure query={query} from={from} to={to} groupBy="activityType" />
        </DashboardSection>
        <DashboardSection id="evidence" title={t('analytics.sections.evidence')} intro={t('analytics.sections.evidenceIntroProject')}>
          <EvidenceByCodeFigure id="evidence-project" query={query} groupBy="project" codebook="typology" />
          <EvidenceByCodeFigure id="levels-project" query={query} groupBy="project" codebook="levels" />
          <FactorsFigures query={query} groupBy="project" />
        </DashboardSection>
        <DashboardSection id="after-project" title={t('analytics.afterProject.section')}>
          <AfterProjectFigure id="after-project-project" query={query} />
        </DashboardSection>
        <DashboardSection id="goals" title={t('analytics.sections.goals')}>
          <GoalsFigures query={query} />
        </DashboardSection>
      </Stack>
    </QuotesProvider>
  );
}
