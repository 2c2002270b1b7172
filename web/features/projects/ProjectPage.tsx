import { Alert, Anchor, Button, Group, List, Modal, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { ProjectView } from '../../../shared/schemas.js';
import { type ProjectChildKind, projects as projectsApi } from '../../api/endpoints.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { Fact } from '../../components/Fact.js';
import { PageHeader } from '../../components/PageHeader.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { ProjectNotFound } from '../../components/ProjectGate.js';
import { ErrorAlert, LoadingState } from '../../components/States.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { isNotFound } from '../../lib/errors.js';
import { countryName, formatDate, formatDateRange, formatNumber } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { useApi } from '../../lib/useApi.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { currentLocale } from '../../i18n/index.js';
import { canEditOrganisation, useUser } from '../auth/session.js';
import { ActivityForm, PartnerForm, ProductForm } from './ProjectChildForms.js';
import { ProjectForm } from './ProjectForm.js';

type Removal = { kind: ProjectChildKind; id: string; name: string } | null;

export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const project = useApi(id, (signal) => projectsApi.get(id, signal));
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice === 'created' ? t('project.created') : null);
  useDocumentTitle(project.data?.title ?? (isNotFound(project.error) ? t('project.notFoundTitle') : null));

  if (isNotFound(project.error)) return <ProjectNotFound />;
  if (project.error && !project.data) return <ErrorAlert error={project.error} onRetry={project.reload} />;
  if (!project.data) return <LoadingState />;
  return <ProjectDetails project={project.data} notice={notice} setNotice={setNotice} reload={project.reload} replace={project.setData} />;
}

function ProjectDetails({
  project,
  notice,
  setNotice,
  reload,
  replace,
}: {
  project: ProjectView;
  notice: string | null;
  setNotice: (notice: string | null) => void;
  reload: () => void;
  replace: (project: ProjectView) => void;
}) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const user = useUser();
  const locale = currentLocale();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<ProjectChildKind | null>(null);
  const [removal, setRemoval] = useState<Removal>(null);
  const [archiving, setArchiving] = useState(false);
  const [restoreError, setRestoreError] = useState<unknown>(undefined);
  const canEdit = project.canEdit;
  // an archived project is read-only (canEdit is false) but the same people may restore it
  const canRestore = project.archived && canEditOrganisation(user, project.organisation.id);
  const notSet = (
    <Text c="dimmed" span>
      {t('common.notSet')}
    </Text>
  );

  const closeAdding = () => setAdding(null);
  const added = () => {
    setAdding(null);
    setNotice(t('common.saved'));
    reload();
  };

  const actions = (
    <>
      {canEdit ? (
        <>
          <Button onClick={() => setEditing(true)}>{t('project.edit')}</Button>
          <Button variant="default" onClick={() => setArchiving(true)}>
            {t('project.archive')}
          </Button>
        </>
      ) : null}
      {canRestore ? (
        <Button
          onClick={async () => {
            setRestoreError(undefined);
            try {
              replace(await projectsApi.restore(project.id));
              setNotice(t('project.restored'));
            } catch (error) {
              setRestoreError(error);
            }
          }}
        >
          {t('project.restore')}
        </Button>
      ) : null}
    </>
  );

  return (
    <Stack gap="xl">
      <div>
        <PageHeader
          above={
            <Group gap="xs">
              <Anchor component={Link} to="/projects" fz="sm">
                {t('project.backToList')}
              </Anchor>
            </Group>
          }
          title={
            <>
              {project.acronym ? (
                <Text component="span" display="block" fz="md" fw={700} c="impact.9" mb={4}>
                  {project.acronym}
                </Text>
              ) : null}
              {project.title}
            </>
          }
          actions={canEdit || canRestore ? actions : null}
        />
        <Stack gap="sm">
          <StatusNotice notice={notice} onClose={() => setNotice(null)} />
          {project.archived ? (
            <Alert color="gray" variant="light">
              <Text fz="sm" c="dark.9">
                {t('project.archivedNotice')}
              </Text>
            </Alert>
          ) : null}
          {restoreError ? <ErrorAlert error={restoreError} /> : null}
          <Group gap="sm" component="nav" aria-label={t('project.workspaces')}>
            <Button component={Link} to={`/projects/${project.id}/impact-model`} variant="light">
              {t('impactModel.open')}
            </Button>
            <Button component={Link} to={`/projects/${project.id}/sources`} variant="light">
              {t('coding.sources')}
            </Button>
            <Button component={Link} to={`/projects/${project.id}/participants`} variant="light">
              {t('questionnaires.participants')}
            </Button>
            <Button component={Link} to={`/projects/${project.id}/after`} variant="light">
              {t('after.page.open')}
            </Button>
          </Group>
          <Paper withBorder radius="md" p="lg" component="section" aria-label={t('project.details')}>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg" verticalSpacing="md" component="dl" className="facts" m={0}>
              <Fact label={t('project.organisation')}>
                <Anchor component={Link} to={`/organisations/${project.organisation.id}`} underline="always">
                  {project.organisation.name}
                </Anchor>
              </Fact>
              <Fact label={t('project.sector')}>{label('sector', project.sector)}</Fact>
              <Fact label={t('project.keyAction')}>{label('key_action', project.keyAction)}</Fact>
              <Fact label={t('project.callYear')}>{project.callYear}</Fact>
              <Fact label={t('project.startDate')}>{formatDate(project.startDate, locale) ?? notSet}</Fact>
              <Fact label={t('project.endDate')}>{formatDate(project.endDate, locale) ?? notSet}</Fact>
              <Fact label={t('project.status')}>
                <StatusBadge status={project.status} />
              </Fact>
              {project.code ? <Fact label={t('project.code')}>{project.code}</Fact> : null}
              {project.grantEur !== null ? (
                <Fact label={t('project.grant')}>
                  {formatNumber(project.grantEur, locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })}
                </Fact>
              ) : null}
            </SimpleGrid>
          </Paper>
        </Stack>
      </div>

      <Section id="aims" title={t('project.aims')}>
        {project.aims.length ? (
          <Paper withBorder radius="md" p="lg">
            <List spacing="xs" type="ordered">
              {project.aims.map((aim, i) => (
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

      <Section
        id="partners"
        title={t('project.partners.heading')}
        action={
          canEdit ? (
            <Button variant="light" size="sm" onClick={() => setAdding('partners')}>
              {t('project.partners.add')}
            </Button>
          ) : null
        }
      >
        {project.partners.length ? (
          <div className="table-wrap">
            <Table aria-label={t('project.partners.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('project.partners.name')}</Table.Th>
                  <Table.Th scope="col">{t('project.partners.city')}</Table.Th>
                  <Table.Th scope="col">{t('project.partners.country')}</Table.Th>
                  <Table.Th scope="col">{t('project.partners.role')}</Table.Th>
                  {canEdit ? (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('common.remove')}</VisuallyHidden>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {project.partners.map((partner) => (
                  <Table.Tr key={partner.id}>
                    <Table.Td fw={600}>{partner.name}</Table.Td>
                    <Table.Td>{partner.city ?? '—'}</Table.Td>
                    <Table.Td>{countryName(partner.country, locale)}</Table.Td>
                    <Table.Td>{label('partner_role', partner.role)}</Table.Td>
                    {canEdit ? (
                      <Table.Td ta="right">
                        <RemoveButton
                          label={t('project.partners.remove', { name: partner.name })}
                          onClick={() => setRemoval({ kind: 'partners', id: partner.id, name: partner.name })}
                        />
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ) : (
          <Empty>{t('project.partners.empty')}</Empty>
        )}
      </Section>

      <Section
        id="activities"
        title={t('project.activities.heading')}
        action={
          canEdit ? (
            <Button variant="light" size="sm" onClick={() => setAdding('activities')}>
              {t('project.activities.add')}
            </Button>
          ) : null
        }
      >
        {project.activities.length ? (
          <div className="table-wrap">
            <Table aria-label={t('project.activities.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('project.activities.type')}</Table.Th>
                  <Table.Th scope="col">{t('project.activities.title')}</Table.Th>
                  <Table.Th scope="col">{t('project.activities.destination')}</Table.Th>
                  <Table.Th scope="col">{t('project.activities.dates')}</Table.Th>
                  <Table.Th scope="col">{t('project.activities.participants')}</Table.Th>
                  {canEdit ? (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('common.remove')}</VisuallyHidden>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {project.activities.map((activity) => (
                  <Table.Tr key={activity.id} style={{ verticalAlign: 'top' }}>
                    <Table.Td>
                      <span className="tag">{label('activity_type', activity.type)}</span>
                    </Table.Td>
                    <Table.Td style={{ minWidth: '18rem' }}>
                      <Text fw={600} fz="sm">
                        {activity.title}
                      </Text>
                      {activity.description ? (
                        <Text fz="sm" c="dimmed" mt={4} style={{ maxWidth: '60ch' }}>
                          {activity.description}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td fz="sm">
                      {[activity.destinationCity, countryName(activity.destinationCountry, locale)].filter(Boolean).join(', ') || '—'}
                    </Table.Td>
                    <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateRange(activity.startDate, activity.endDate, locale) ?? '—'}
                    </Table.Td>
                    <Table.Td fz="sm">{activity.participantCount ?? '—'}</Table.Td>
                    {canEdit ? (
                      <Table.Td ta="right">
                        <RemoveButton
                          label={t('project.activities.remove', { name: activity.title })}
                          onClick={() => setRemoval({ kind: 'activities', id: activity.id, name: activity.title })}
                        />
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ) : (
          <Empty>{t('project.activities.empty')}</Empty>
        )}
      </Section>

      <Section
        id="products"
        title={t('project.products.heading')}
        action={
          canEdit ? (
            <Button variant="light" size="sm" onClick={() => setAdding('products')}>
              {t('project.products.add')}
            </Button>
          ) : null
        }
      >
        {project.products.length ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="ul" className="plain-list">
            {project.products.map((product) => (
              <Paper key={product.id} component="li" withBorder radius="md" p="lg">
                <Stack gap="xs" h="100%">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <span className="tag">{label('product_kind', product.kind)}</span>
                    {canEdit ? (
                      <RemoveButton
                        label={t('project.products.remove', { name: product.title })}
                        onClick={() => setRemoval({ kind: 'products', id: product.id, name: product.title })}
                      />
                    ) : null}
                  </Group>
                  <Title order={3} fz="md">
                    {product.title}
                  </Title>
                  {product.description ? <Text fz="sm">{product.description}</Text> : null}
                  {product.url ? (
                    <Anchor href={product.url} target="_blank" rel="noopener noreferrer" fz="sm" underline="always">
                      {t('project.products.open', { title: product.title })}
                    </Anchor>
                  ) : null}
                  <Anchor href={`/p/${product.slug}`} fz="sm" underline="always">
                    {t('project.products.publicPage', { title: product.title })}
                  </Anchor>
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        ) : (
          <Empty>{t('project.products.empty')}</Empty>
        )}
      </Section>

      <Section id="people" title={t('project.people.heading')}>
        <Stack gap="lg">
          <div>
            <Title order={3} mb="xs">
              {t('project.people.interviewees')}
            </Title>
            {project.interviewees.length ? (
              <div className="table-wrap">
                <Table aria-label={t('project.people.intervieweesLabel')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('project.people.intervieweeLabel')}</Table.Th>
                      <Table.Th scope="col">{t('project.people.intervieweeRole')}</Table.Th>
                      <Table.Th scope="col">{t('project.people.intervieweeDescription')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {project.interviewees.map((person) => (
                      <Table.Tr key={person.id}>
                        <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                          {person.label}
                        </Table.Td>
                        <Table.Td>{label('interviewee_role', person.role)}</Table.Td>
                        <Table.Td fz="sm">{person.description ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            ) : (
              <Empty>{t('project.people.noInterviewees')}</Empty>
            )}
          </div>
          <div>
            <Title order={3} mb="xs">
              {t('project.people.contacts')}
            </Title>
            {project.contacts.length ? (
              <Paper withBorder radius="md" p="md">
                <List spacing="xs" listStyleType="none">
                  {project.contacts.map((contact) => (
                    <List.Item key={contact.id}>
                      <Text span fw={600}>
                        {contact.name}
                      </Text>
                      <Text span c="dimmed">
                        {' · '}
                        {t(`roles.${contact.role}`)}
                      </Text>
                      {contact.email ? (
                        <>
                          {' · '}
                          <Anchor href={`mailto:${contact.email}`} underline="always">
                            {contact.email}
                          </Anchor>
                        </>
                      ) : null}
                    </List.Item>
                  ))}
                </List>
                {project.contacts.some((c) => !c.email) && user.role === 'na_analyst' ? (
                  <Text fz="xs" c="dimmed" mt="xs">
                    {t('project.people.pseudonymised')}
                  </Text>
                ) : null}
              </Paper>
            ) : (
              <Empty>{t('project.people.noContacts')}</Empty>
            )}
          </div>
        </Stack>
      </Section>

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

      <Modal opened={editing} onClose={() => setEditing(false)} title={t('project.editTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <ProjectForm
          project={project}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            replace(saved);
            setNotice(t('common.saved'));
          }}
        />
      </Modal>
      <Modal opened={adding === 'partners'} onClose={closeAdding} title={t('project.partners.addTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <PartnerForm projectId={project.id} onSaved={added} onCancel={closeAdding} />
      </Modal>
      <Modal
        opened={adding === 'activities'}
        onClose={closeAdding}
        title={t('project.activities.addTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <ActivityForm projectId={project.id} keyAction={project.keyAction} onSaved={added} onCancel={closeAdding} />
      </Modal>
      <Modal opened={adding === 'products'} onClose={closeAdding} title={t('project.products.addTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <ProductForm projectId={project.id} onSaved={added} onCancel={closeAdding} />
      </Modal>
      <ConfirmModal
        opened={removal !== null}
        title={removal ? t(`project.${removal.kind}.remove`, { name: removal.name }) : ''}
        message={removal ? t(`project.${removal.kind}.removeConfirm`, { name: removal.name }) : ''}
        confirmLabel={t('common.remove')}
        onClose={() => setRemoval(null)}
        onConfirm={async () => {
          if (!removal) return;
          await projectsApi.removeChild(project.id, removal.kind, removal.id);
          setNotice(t('common.saved'));
          reload();
        }}
      />
      <ConfirmModal
        opened={archiving}
        title={t('project.archiveTitle')}
        message={t('project.archiveConfirm', { title: project.title })}
        confirmLabel={t('project.archive')}
        onClose={() => setArchiving(false)}
        onConfirm={async () => {
          replace(await projectsApi.archive(project.id));
          setNotice(t('project.archived'));
        }}
      />
    </Stack>
  );
}

function Section({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  const headingId = `section-${id}`;
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Group justify="space-between" align="center" mb="sm">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Text c="dimmed">{children}</Text>
    </Paper>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="subtle" color="red" size="compact-sm" aria-label={label} onClick={onClick}>
      {t('common.remove')}
    </Button>
  );
}
