import { Alert, Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { OrganisationView } from '../../../shared/schemas.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { Fact } from '../../components/Fact.js';
import { ListPagination } from '../../components/ListPagination.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty } from '../../components/Section.js';
import { ErrorAlert, NotFoundState } from '../../components/States.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { isNotFound } from '../../lib/errors.js';
import { countryName } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useLocale } from '../../lib/useLocale.js';
import { useUser } from '../auth/session.js';
import { ProjectsTable } from '../projects/ProjectsTable.js';
import { useProjectList } from '../projects/queries.js';
import { OrganisationForm } from './OrganisationForm.js';
import { useArchiveOrganisation, useOrganisation, useRestoreOrganisation } from './queries.js';
import { canAdminister, canEditOrganisationData } from '../../../shared/access.js';

const PAGE_SIZE = 20;

export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const organisation = useOrganisation(id);
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice === 'created' ? t('organisation.created') : null);
  useDocumentTitle(organisation.data?.name ?? (isNotFound(organisation.error) ? t('organisation.notFoundTitle') : null));
  const notFound = (
    <NotFoundState
      title={t('organisation.notFoundTitle')}
      text={t('organisation.notFoundText')}
      backTo="/organisations"
      backLabel={t('organisation.backToList')}
    />
  );
  return (
    <QueryState query={organisation} notFound={notFound}>
      {(data) => <OrganisationDetails organisation={data} notice={notice} setNotice={setNotice} />}
    </QueryState>
  );
}

function OrganisationDetails({
  organisation,
  notice,
  setNotice,
}: {
  organisation: OrganisationView;
  notice: string | null;
  setNotice: (n: string | null) => void;
}) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const user = useUser();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const archive = useArchiveOrganisation(organisation.id);
  const restore = useRestoreOrganisation(organisation.id);
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
                  <Button loading={restore.isPending} onClick={() => restore.mutate(undefined, { onSuccess: () => setNotice(t('common.saved')) })}>
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
          {restore.error ? <ErrorAlert error={restore.error} /> : null}
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

      <OrganisationProjects organisationId={organisation.id} />

      <Modal opened={editing} onClose={() => setEditing(false)} title={t('organisation.edit')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <OrganisationForm
          organisation={organisation}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
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
          await archive.mutateAsync(undefined);
          setNotice(t('common.saved'));
        }}
      />
    </Stack>
  );
}

/** The organisation's projects, a page at a time. */
function OrganisationProjects({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const projects = useProjectList({ organisationId, page, pageSize: PAGE_SIZE });
  return (
    <section aria-labelledby="organisation-projects">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="organisation-projects">
          {t('organisation.projects')}
        </Title>
        {projects.data ? <Text fw={600}>{t('projects.count', { count: projects.data.total })}</Text> : null}
      </Group>
      <QueryState query={projects}>
        {(data) =>
          data.items.length ? (
            <>
              <ProjectsTable items={data.items} label={t('organisation.projects')} showOrganisation={false} />
              <ListPagination page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
            </>
          ) : (
            <Empty>{t('organisation.noProjects')}</Empty>
          )
        }
      </QueryState>
    </section>
  );
}
