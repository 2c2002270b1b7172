import { Anchor, Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ProjectView } from '../../../shared/schemas.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProjectGate } from '../../components/ProjectGate.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { useUser } from '../auth/session.js';
import { DaysPanel } from './DaysPanel.js';
import { DisseminationPanel } from './DisseminationPanel.js';
import { EvidencePanel } from './EvidencePanel.js';
import { NetworkPanel } from './NetworkPanel.js';
import { ProductsPanel } from './ProductsPanel.js';
import { RecognitionPanel } from './RecognitionPanel.js';
import './after-project.css';

const TABS = ['overview', 'products', 'dissemination', 'network', 'days', 'recognition'] as const;
type Tab = (typeof TABS)[number];

/** A project after it ended: use of its products, dissemination, network, follow-up day, recognition. */
export function AfterProjectPage() {
  const { t } = useTranslation();
  return <ProjectGate pageTitle={(project) => `${t('after.page.title')}: ${project.title}`}>{(project) => <AfterProject project={project} />}</ProjectGate>;
}

function AfterProject({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(asked ?? '') ? (asked as Tab) : 'overview';
  const [notice, setNotice] = useState<string | null>(null);
  const panel = { projectId: project.id, canEdit: project.canEdit, onNotice: setNotice };

  const chooseTab = (value: string | null) => {
    setNotice(null);
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value && value !== 'overview') copy.set('tab', value);
        else copy.delete('tab');
        return copy;
      },
      { replace: true },
    );
  };

  return (
    <Stack gap="lg">
      <div>
        <PageHeader
          above={
            <Group gap="xs">
              <Anchor component={Link} to={`/projects/${project.id}`} fz="sm">
                {project.acronym ?? project.title}
              </Anchor>
            </Group>
          }
          title={t('after.page.title')}
          description={t('after.page.intro')}
        />
        <StatusNotice notice={notice} onClose={() => setNotice(null)} />
        {!project.canEdit ? (
          <Text fz="sm">
            {t('after.page.readOnly')} {user.role === 'na_analyst' ? t('after.page.pseudonymised') : null}
          </Text>
        ) : null}
      </div>

      <Tabs value={tab} onChange={chooseTab} keepMounted={false}>
        <Tabs.List aria-label={t('after.page.tabs')} mb="lg">
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key} fw={600}>
              {t(`after.page.tab.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <EvidencePanel projectId={project.id} />
        </Tabs.Panel>
        <Tabs.Panel value="products">
          <ProductsPanel {...panel} products={project.products} />
        </Tabs.Panel>
        <Tabs.Panel value="dissemination">
          <DisseminationPanel {...panel} />
        </Tabs.Panel>
        <Tabs.Panel value="network">
          <NetworkPanel {...panel} partners={project.partners} />
        </Tabs.Panel>
        <Tabs.Panel value="days">
          <DaysPanel {...panel} activities={project.activities} />
        </Tabs.Panel>
        <Tabs.Panel value="recognition">
          <RecognitionPanel {...panel} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
