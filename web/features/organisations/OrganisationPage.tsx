import { Alert, Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { OrganisationView } from '../../../shared/schemas.js';
import { organisations as organisationsApi, projects as projectsApi } from '../../api/endpoints.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { Fact } from '../../components/Fact.js';
import { ListPagination } from '../../components/ListPagination.js';
import { PageHeader } from '../../components/PageHeader.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { ErrorAlert, LoadingState, NotFoundState } from '../../components/States.js';
import { isNotFound } from '../../lib/errors.js';
import { countryName } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { useApi } from '../../lib/useApi.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { currentLocale } from '../../i18n/index.js';
import { useUser } from '../auth/session.js';
import { ProjectsTable } from '../projects/ProjectsTable.js';
import { OrganisationForm } from './OrganisationForm.js';
import { canAdminister, canEditOrganisationData } from '../../../shared/access.js';

const PAGE_SIZE = 20;

export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const organisation = useApi(id, (signal) => organisationsApi.get(id, signal));
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice === 'created' ? t('organisation.created') : null);
  useDocumentTitle(organisation.data?.name ?? (isNotFound(organisation.error) ? t('organisation.notFoundTitle') : null));

  if (isNotFound(organisation.error)) {
    return (
      <NotFoundState
        title={t('organisation.notFoundTitle')}
        text={t('organisation.notFoundText')}
        backTo="/organisations"
        backLabel={t('organisation.backToList')}
      />
    );
  }
  if (organisation.error && !organisation.data) return <ErrorAlert error={organisation.error} onRetry={organisation.reload} />;
  if (!organisation.data) return <LoadingState />;
  return <OrganisationDetails organisation={organisation.data} replace={organisation.setData} notice={notice} setNotice={setNotice} />;
}

function OrganisationDetails({
  organisation,
  replace,
  notice,
  setNotice,
}: {
  organisation: OrganisationView;
  replace: (o: OrganisationView) => void;
  notice: string | null;
  setNotice: (n: string | null) => void;
}) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const user = useUser();
  const locale = currentLocale();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const [page, setPage] = useState(1);
  const projects = useApi(`${organisation.id}:${page}`, (signal) => projectsApi.list({ organisationId: organisation.id, page, pageSize: PAGE_SIZE }, signal));
  const canEdit = canEditOrganisationData(user, organisation.id) && !organisation.archived;
  const isAdmin = canAdminister(user);
  const notSet = (
    <Text c="dimmed" span>
      {t('common.notSet')}
    </Text>
  );

  return (
    <Stack gap="xl">
      <div>
        <PageHeader
          above={
            <Anchor component={Link} to="/organisations" fz="sm">
              {t('organisation.backToList')}
            </Anchor>
          }
          title={organisation.name}
          description={organisation.shortName && organisation.shortName !== organisation.name ? organisation.shortName : undefined}
          actions={
            canEdit || isAdmin ? (
              <>
                {canEdit ? <Button onClick={() => setEditing(true)}>{t('organisation.edit')}</Button> : null}
                {isAdmin && !organisation.archived ? (
                  <Button variant="default" onClick={() => setArchiving(true)}>
                    {t('organisation.archive')}
                  </Button>
                ) : null}
                {isAdmin && organisation.archived ? (
                  <Button
                    onClick={async () => {
                      setActionError(undefined);
                      try {
                        replace(await organisationsApi.restore(organisation.id));
                        setNotice(t('common.saved'));
                      } catch (error) {
                        setActionError(error);
                      }
                    }}
                  >
                    {t('organisation.restore')}
                  </Button>
                ) : null}
              </>
            ) : null
          }
        />
        <Stack gap="sm">
          <StatusNotice notice={notice} onClose={() => setNotice(null)} />
          {organisation.archived ? (
            <Alert color="gray" variant="light">
              <Text fz="sm" c="dark.9">
                {t('organisation.archivedNotice')}
              </Text>
            </Alert>
          ) : null}
          {actionError ? <ErrorAlert error={actionError} /> : null}
          <Paper withBorder radius="md" p="lg" component="section" aria-label={t('organisation.details')}>
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg" component="dl" className="facts" m={0}>
                <Fact label={t('organisation.type')}>{label('organisation_type', organisation.type)}</Fact>
                <Fact label={t('organisation.sector')}>{organisation.sector ? label('sector', organisation.sector) : notSet}</Fact>
                <Fact label={t('organisation.city')}>{organisation.city ?? notSet}</Fact>
                <Fact label={t('organisation.country')}>{countryName(organisation.country, locale)}</Fact>
                <Fact label={t('organisation.website')}>
                  {organisation.website ? (
                    <Anchor href={organisation.website} target="_blank" rel="noopener noreferrer" underline="always" style={{ wordBreak: 'break-all' }}>
                      {organisation.website}
                    </Anchor>
                  ) : (
                    notSet
                  )}
                </Fact>
              </SimpleGrid>
              <div>
                <Text component="h2" fz="sm" fw={600} c="#495057" mb={4}>
                  {t('organisation.description')}
                </Text>
                {organisation.description ? <Text style={{ whiteSpace: 'pre-line', maxWidth: '75ch' }}>{organisation.description}</Text> : notSet}
              </div>
            </Stack>
          </Paper>
        </Stack>
      </div>

      <section aria-labelledby="organisation-projects">
        <Group justify="space-between" mb="sm">
          <Title order={2} id="organisation-projects">
            {t('organisation.projects')}
          </Title>
          {projects.data ? <Text fw={600}>{t('projects.count', { count: projects.data.total })}</Text> : null}
        </Group>
        {projects.error ? <ErrorAlert error={projects.error} onRetry={projects.reload} /> : null}
        {!projects.data && projects.loading ? <LoadingState /> : null}
        {projects.data ? (
          projects.data.items.length ? (
            <>
              <ProjectsTable items={projects.data.items} label={t('organisation.projects')} showOrganisation={false} />
              <ListPagination page={page} pageSize={PAGE_SIZE} total={projects.data.total} onChange={setPage} />
            </>
          ) : (
            <Paper withBorder radius="md" p="md" bg="gray.0">
              <Text c="dimmed">{t('organisation.noProjects')}</Text>
            </Paper>
          )
        ) : null}
      </section>

      <Modal opened={editing} onClose={() => setEditing(false)} title={t('organisation.edit')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <OrganisationForm
          organisation={organisation}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            replace(saved);
            setNotice(t('common.saved'));
          }}
        />
      </Modal>
      <ConfirmModal
        opened={archiving}
        title={t('organisation.archiveTitle')}
        message={t('organisation.archiveConfirm', { name: organisation.name })}
        confirmLabel={t('organisation.archive')}
        onClose={() => setArchiving(false)}
        onConfirm={async () => {
          replace(await organisationsApi.archive(organisation.id));
          setNotice(t('common.saved'));
        }}
      />
    </Stack>
  );
}
