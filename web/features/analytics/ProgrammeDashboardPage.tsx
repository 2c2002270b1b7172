import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isAgency } from '../../../shared/access.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useUser } from '../auth/session.js';
import { AfterProjectFigure } from './AfterProjectFigure.js';
import { ChangeFigure } from './ChangeFigure.js';
import { ComparisonFigure } from './ComparisonFigure.js';
import { DashboardFilters } from './DashboardFilters.js';
import { DashboardSection, SyntheticNotice } from './DashboardParts.js';
import { EvidenceByCodeFigure, SectorDomainFigure } from './EvidenceFigures.js';
import { FactorsFigures } from './FactorsFigure.js';
import { GoalsFigures } from './GoalsFigure.js';
import { GroupedChangeFigure } from './GroupedChangeFigure.js';
import { ParticipationFigure } from './ParticipationFigure.js';
import { PerceivedFigure } from './PerceivedFigure.js';
import { PersistenceFigure } from './PersistenceFigure.js';
import { QuotesProvider } from './Quotes.js';
import { useSelection } from './selection.js';

/**
 * The programme's dashboard: the Agency's view over every project (a coordinator's over their organisation's), in
 * the selection of its filters. Cells of fewer than five people are withheld from the Agency by the server.
 */
export function ProgrammeDashboardPage() {
  const { t } = useTranslation();
  const user = useUser();
  const agency = isAgency(user);
  const selection = useSelection();
  const { query, from, to } = selection;
  useDocumentTitle(t('analytics.programme.title'));
  return (
    <QuotesProvider>
      <Stack gap="xl">
        <div>
          <PageHeader
            title={t('analytics.programme.title')}
            description={agency ? t('analytics.programme.intro') : t('analytics.programme.introCoordinator')}
          />
          <DashboardFilters selection={selection} scope="programme" agency={agency} />
          <SyntheticNotice query={query} />
        </div>
        <DashboardSection id="evidence" title={t('analytics.sections.evidence')} intro={t('analytics.sections.evidenceIntro')}>
          <SectorDomainFigure query={query} />
          <EvidenceByCodeFigure id="evidence-key-action" query={query} groupBy="keyAction" codebook="typology" />
          <EvidenceByCodeFigure id="evidence-activity-type" query={query} groupBy="activityType" codebook="typology" />
          <EvidenceByCodeFigure id="levels-key-action" query={query} groupBy="keyAction" codebook="levels" />
        </DashboardSection>
        <DashboardSection id="change" title={t('analytics.sections.change')} intro={t('analytics.sections.changeIntro')}>
          <ChangeFigure query={query} from={from} to={to} />
          <GroupedChangeFigure query={query} from={from} to={to} groupBy="keyAction" />
          <GroupedChangeFigure query={query} from={from} to={to} groupBy="activityType" />
          <PerceivedFigure query={query} from={from} to={to as Exclude<typeof to, 'T0'>} />
          <ComparisonFigure query={query} from={from} to={to} />
          <PersistenceFigure query={query} />
        </DashboardSection>
        <DashboardSection id="factors" title={t('analytics.sections.factors')} intro={t('analytics.sections.factorsIntro')}>
          <FactorsFigures query={query} groupBy="sector" />
          <FactorsFigures query={query} groupBy="keyAction" />
        </DashboardSection>
        <DashboardSection id="after-project" title={t('analytics.afterProject.section')}>
          <AfterProjectFigure id="after-project" query={query} />
        </DashboardSection>
        <DashboardSection id="participation" title={t('analytics.sections.participation')}>
          <ParticipationFigure query={query} />
        </DashboardSection>
        <DashboardSection id="goals" title={t('analytics.sections.goals')}>
          <GoalsFigures query={query} />
        </DashboardSection>
      </Stack>
    </QuotesProvider>
  );
}
