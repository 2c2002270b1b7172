import './impact-model.css';
import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { type ImpactModelView, TEMPLATES, type TemplateKey } from '../../../shared/impact-model.js';
import type { ProjectView } from '../../../shared/schemas.js';
import { impactModel as api } from '../../api/impact-model.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProjectNotFound } from '../../components/ProjectGate.js';
import { QueryState } from '../../components/QueryState.js';
import { ErrorAlert } from '../../components/States.js';
import { isNotFound } from '../../lib/errors.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useLocale } from '../../lib/useLocale.js';
import { useProject } from '../projects/queries.js';
import { CheckPanel } from './CheckPanel.js';
import { DiagramView } from './DiagramView.js';
import { downloadPng } from './exportImage.js';
import { GuidedPlanning } from './GuidedPlanning.js';
import { ListView } from './ListView.js';
import { elementDomId, focusLater, ModelContext, type ModelContextValue, useModel, VIEWS, type ViewKey } from './model.js';
import { useImpactModel, useModelWrite } from './queries.js';
import { ReadinessCheck } from './ReadinessCheck.js';

const TABS_ID = 'impact-model-views';

export function ImpactModelPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const project = useProject(id);
  const model = useImpactModel(id);
  const notFound = isNotFound(project.error) || isNotFound(model.error);
  useDocumentTitle(project.data ? t('impactModel.documentTitle', { project: project.data.title }) : notFound ? t('project.notFoundTitle') : null);
  return (
    <QueryState queries={[project, model]} notFound={<ProjectNotFound />}>
      {([projectView, modelView]) => <Workspace project={projectView} model={modelView} />}
    </QueryState>
  );
}

function Workspace({ project, model }: { project: ProjectView; model: ImpactModelView }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('view') as ViewKey | null;
  // guided planning only adds: it is not offered to those who may not change the model
  const views = model.canEdit ? VIEWS : VIEWS.filter((v) => v !== 'guided');
  const view: ViewKey = requested && views.includes(requested) ? requested : 'diagram';
  const [announcement, setAnnouncement] = useState('');
  const [exportError, setExportError] = useState<unknown>(undefined);
  const [pngBusy, setPngBusy] = useState(false);
  const lang = useLocale();
  const write = useModelWrite(project.id, (send: () => Promise<ImpactModelView>) => send());
  const { mutateAsync } = write;

  const setView = useCallback(
    (next: ViewKey) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          if (next === 'diagram') copy.delete('view');
          else copy.set('view', next);
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );

  const context = useMemo<ModelContextValue>(
    () => ({
      projectId: project.id,
      model,
      canEdit: model.canEdit,
      run: (send) => mutateAsync(send),
      announce: (message) => {
        // cleared first, so that the same message twice is read twice
        setAnnouncement('');
        setTimeout(() => setAnnouncement(message), 30);
      },
      showInList: (elementId) => {
        setView('list');
        focusLater(elementDomId(elementId));
      },
    }),
    [project.id, model, mutateAsync, setView],
  );

  const exportPng = async () => {
    setExportError(undefined);
    setPngBusy(true);
    try {
      await downloadPng(api.svgUrl(project.id, lang));
    } catch (err) {
      setExportError(err);
    } finally {
      setPngBusy(false);
    }
  };

  const exports = (
    <Group gap="sm" role="group" aria-label={t('impactModel.export.label')}>
      <Button component="a" href={api.svgUrl(project.id, lang)} download variant="default">
        {t('impactModel.export.svg')}
      </Button>
      <Button variant="default" onClick={() => void exportPng()} loading={pngBusy}>
        {t('impactModel.export.png')}
      </Button>
    </Group>
  );

  return (
    <ModelContext.Provider value={context}>
      <Stack gap="lg" className="im-page">
        <div>
          <PageHeader
            above={
              <Anchor component={Link} to={`/projects/${project.id}`} fz="sm" fw={600}>
                <span aria-hidden="true">← </span>
                {project.acronym ? `${project.acronym}: ` : ''}
                {project.title}
              </Anchor>
            }
            title={t('impactModel.title')}
            description={t('impactModel.intro')}
            actions={exports}
          />
          <Stack gap="sm">
            {exportError ? <ErrorAlert error={exportError} /> : null}
            {!model.canEdit ? (
              <Alert color="gray" variant="light">
                <Text fz="sm" c="dark.9">
                  {t('impactModel.readOnly')}
                </Text>
              </Alert>
            ) : null}
            <CheckPanel />
            {model.elements.length === 0 && model.canEdit ? (
              <TemplateOffer
                onGuided={() => {
                  setView('guided');
                  focusLater('guided-step-heading');
                }}
              />
            ) : null}
          </Stack>
        </div>

        <Tabs id={TABS_ID} value={view} onChange={(v) => v && setView(v as ViewKey)} keepMounted={false} className="im-tabs">
          <Tabs.List aria-label={t('impactModel.views.label')}>
            {views.map((v) => (
              <Tabs.Tab key={v} value={v} fw={600}>
                {t(`impactModel.views.${v}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="diagram" pt="md">
            <DiagramView />
          </Tabs.Panel>
          <Tabs.Panel value="list" pt="md">
            <ListView />
          </Tabs.Panel>
          {model.canEdit ? (
            <Tabs.Panel value="guided" pt="md">
              <GuidedPlanning
                onFinish={() => {
                  setView('diagram');
                  focusLater(`${TABS_ID}-tab-diagram`);
                }}
              />
            </Tabs.Panel>
          ) : null}
          <Tabs.Panel value="readiness" pt="md">
            <ReadinessCheck projectId={project.id} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <div aria-live="polite" role="status" className="im-live">
        {announcement}
      </div>
    </ModelContext.Provider>
  );
}

/** For an empty model: start from the KA1 or KA2 template (in the interface language), or plan step by step. */
function TemplateOffer({ onGuided }: { onGuided: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { projectId, run, announce } = useModel();
  const [busy, setBusy] = useState<TemplateKey | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const apply = async (template: TemplateKey) => {
    setBusy(template);
    setError(undefined);
    try {
      await run(() => api.applyTemplate(projectId, template, locale));
      announce(t('impactModel.templates.applied'));
      // this offer disappears with the empty model: the focus goes to the check of the new model
      focusLater('model-check-heading');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Paper component="section" aria-labelledby="templates-heading" withBorder radius="md" p="lg" className="im-start">
      <Title order={2} fz="lg" id="templates-heading">
        {t('impactModel.templates.heading')}
      </Title>
      <Text fz="sm" mt={4} mb="md" maw="75ch">
        {t('impactModel.templates.intro')}
      </Text>
      {error ? <ErrorAlert error={error} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {TEMPLATES.map((key) => (
          <Paper key={key} withBorder radius="md" p="md" className="im-start__option">
            <Stack gap="xs" h="100%" justify="space-between">
              <div>
                <Text fw={700}>{t(`impactModel.templates.${key}.name`)}</Text>
                <Text fz="sm" c="dimmed">
                  {t(`impactModel.templates.${key}.text`)}
                </Text>
              </div>
              <Button variant="light" loading={busy === key} onClick={() => void apply(key)}>
                {t('impactModel.templates.use', { name: t(`impactModel.templates.${key}.name`) })}
              </Button>
            </Stack>
          </Paper>
        ))}
        <Paper withBorder radius="md" p="md" className="im-start__option">
          <Stack gap="xs" h="100%" justify="space-between">
            <div>
              <Text fw={700}>{t('impactModel.views.guided')}</Text>
              <Text fz="sm" c="dimmed">
                {t('impactModel.guided.intro')}
              </Text>
            </div>
            <Button onClick={onGuided}>{t('impactModel.templates.guided')}</Button>
          </Stack>
        </Paper>
      </SimpleGrid>
    </Paper>
  );
}
