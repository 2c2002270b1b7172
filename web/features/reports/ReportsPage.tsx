import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canWriteAgencyReports } from '../../../shared/access.js';
import type { CaseCandidateView } from '../../../shared/reports.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Section } from '../../components/Section.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useUser } from '../auth/session.js';
import { NotFoundPage } from '../errors/NotFoundPage.js';
import { CaseSelection } from './CaseSelection.js';
import { GenerateForm } from './GenerateForm.js';
import { NarrativeEditor } from './NarrativeEditor.js';
import { ReportList } from './ReportList.js';

/** The Agency's reports: choose cases by the report's criteria, write the text, make the report, follow and download it. */
export function ReportsPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('reports.title'));
  const [chosen, setChosen] = useState<CaseCandidateView[]>([]);
  // a coordinator who types the address finds nothing here
  if (!canWriteAgencyReports(user)) return <NotFoundPage />;
  const cases = [...new Map(chosen.map((c) => [c.organisation.id, { organisationId: c.organisation.id, name: c.organisation.name }])).values()];
  return (
    <Stack gap="xl">
      <PageHeader title={t('reports.title')} description={t('reports.intro')} />
      <Section id="cases" title={t('reports.select.title')}>
        <Text fz="sm" c="dimmed" mb="sm">
          {t('reports.select.intro')}
        </Text>
        <CaseSelection chosen={chosen} onChange={setChosen} />
      </Section>
      <Section id="texts" title={t('reports.texts.title')}>
        <Text fz="sm" c="dimmed" mb="sm">
          {t('reports.texts.intro')}
        </Text>
        <NarrativeEditor cases={cases} />
      </Section>
      <Section id="generate" title={t('reports.generate.title')}>
        <GenerateForm kinds={['case', 'cross-case']} projectIds={chosen.map((c) => c.id)} />
      </Section>
      <Section id="list" title={t('reports.list.title')}>
        <ReportList query={{}} />
      </Section>
    </Stack>
  );
}
