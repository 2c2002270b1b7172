import { List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import type { ProjectView } from '../../../shared/schemas.js';
import { ProjectNotFound } from '../../components/ProjectGate.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty, Section } from '../../components/Section.js';
import { isNotFound } from '../../lib/errors.js';
import { formatNumber } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useLocale } from '../../lib/useLocale.js';
import { ProjectChildSections } from './ProjectChildSections.js';
import { ProjectHeader } from './ProjectHeader.js';
import { ProjectPeople } from './ProjectPeople.js';
import { useProject } from './queries.js';

export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const project = useProject(id);
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice === 'created' ? t('project.created') : null);
  useDocumentTitle(project.data?.title ?? (isNotFound(project.error) ? t('project.notFoundTitle') : null));
  return (
    <QueryState query={project} notFound={<ProjectNotFound />}>
      {(data) => <ProjectDetails project={data} notice={notice} setNotice={setNotice} />}
    </QueryState>
  );
}

/** A project's page: its facts, aims and summary, partners, activities and products, people and evidence. */
function ProjectDetails({ project, notice, setNotice }: { project: ProjectView; notice: string | null; setNotice: (notice: string | null) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <ProjectHeader project={project} notice={notice} setNotice={setNotice} />

      <Section id="aims" title={t('project.aims')}>
        {project.aims.length ? (
          <Paper withBorder radius="md" p="lg">
            <List spacing="xs" type="ordered">
              {project.aims.map((aim, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: aims are plain texts in a fixed order, read-only here; two may read the same
                <List.Item key={i}>{aim}</List.Item>
              ))}
            </List>
          </Paper>
        ) : (
          <Empty>{t('project.noAims')}</Empty>
        )}
      </Section>

      <Section id="summary" title={t('project.summary')}>
        {project.summary ? (
          <Paper withBorder radius="md" p="lg">
            <Text style={{ whiteSpace: 'pre-line', maxWidth: '75ch' }}>{project.summary}</Text>
          </Paper>
        ) : (
          <Empty>{t('project.noSummary')}</Empty>
        )}
      </Section>

      <ProjectChildSections project={project} onChanged={() => setNotice(t('common.saved'))} />
      <ProjectPeople project={project} />
      <ProjectEvidence project={project} />
    </Stack>
  );
}

function ProjectEvidence({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Section id="evidence" title={t('project.evidence.heading')}>
      <Text c="dimmed" mb="sm">
        {t('project.evidence.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md" component="dl" m={0}>
        {(['sources', 'segments', 'quotes'] as const).map((kind) => (
          <Paper key={kind} withBorder radius="md" p="lg">
            <Text component="dt" fz="sm" fw={600} c="dark.6">
              {t(`project.evidence.${kind}`)}
            </Text>
            <Text component="dd" className="stat-value" m={0} mt={4}>
              {formatNumber(project.evidence[kind], locale)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Section>
  );
}
