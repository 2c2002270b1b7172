import { Anchor, Button, Group, Modal, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { canEditProject, isPseudonymised } from '../../../shared/access.js';
import type { IntervieweeView, ProjectView } from '../../../shared/schemas.js';
import { interviewees as intervieweesApi, sources as sourcesApi } from '../../api/coding.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { PageHeader } from '../../components/PageHeader.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { ProjectGate } from '../../components/ProjectGate.js';
import { ErrorAlert, LoadingState } from '../../components/States.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { useApi } from '../../lib/useApi.js';
import { useUser } from '../auth/session.js';
import { useLocale } from './codes.js';
import { IntervieweeForm } from './IntervieweeForm.js';
import { SourceForm } from './SourceForm.js';
import { Empty, Section, useMomentLabel } from './ui.js';

/** A project's qualitative sources (interviews, open answers, reports) and the people interviewed. */
export function SourcesPage() {
  const { t } = useTranslation();
  return <ProjectGate pageTitle={(project) => `${t('coding.sources')}: ${project.title}`}>{(project) => <ProjectSources project={project} />}</ProjectGate>;
}

function ProjectSources({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const locale = useLocale();
  const user = useUser();
  const momentLabel = useMomentLabel();
  const list = useApi(`sources:${project.id}`, (signal) => sourcesApi.list(project.id, signal));
  // the coding routes' view of the interviewees: pseudonymised for the agency's analysts, like the sources
  const interviewees = useApi(`interviewees:${project.id}`, (signal) => intervieweesApi.list(project.id, signal));
  const people = interviewees.data ?? [];
  const setPeople = (update: (current: IntervieweeView[]) => IntervieweeView[]) => interviewees.setData(update(people));
  const [adding, setAdding] = useState(false);
  const [removal, setRemoval] = useState<{ id: string; title: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // sources and interviewees are the organisation's own data: the agency's analysts code them, never change them
  const editable = canEditProject(user, { organisationId: project.organisation.id, archived: project.archived });

  return (
    <Stack gap="xl">
      <div>
        <PageHeader
          above={
            <Group gap="xs">
              <Anchor component={Link} to={`/projects/${project.id}`} fz="sm">
                {project.acronym ?? project.title}
              </Anchor>
            </Group>
          }
          title={t('coding.sources')}
          description={t('coding.list.intro')}
          // the project's tools go here too: REFI-QDA import and export, the agreement report
          actions={
            <>
              <Button component={Link} to={`/projects/${project.id}/agreement`} variant="default">
                {t('codingAnalysis.agreement.open')} · REFI-QDA
              </Button>
              {editable ? <Button onClick={() => setAdding(true)}>{t('coding.list.add')}</Button> : null}
            </>
          }
        />
        <StatusNotice notice={notice} onClose={() => setNotice(null)} />
        {!editable ? (
          <Text fz="sm" mt="xs">
            {t('coding.list.readOnly')}
          </Text>
        ) : null}
      </div>

      <Section id="sources" title={t('coding.list.heading')}>
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        {!list.data && list.loading ? <LoadingState /> : null}
        {list.data ? (
          list.data.length ? (
            <div className="table-wrap">
              <Table aria-label={t('coding.list.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('coding.list.title')}</Table.Th>
                    <Table.Th scope="col">{t('coding.list.kind')}</Table.Th>
                    <Table.Th scope="col">{t('coding.list.moment')}</Table.Th>
                    <Table.Th scope="col">{t('coding.list.date')}</Table.Th>
                    <Table.Th scope="col">{t('coding.list.language')}</Table.Th>
                    <Table.Th scope="col">{t('coding.list.interviewees')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('coding.list.segments')}
                    </Table.Th>
                    {editable ? (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('common.remove')}</VisuallyHidden>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.map((source) => (
                    <Table.Tr key={source.id} style={{ verticalAlign: 'top' }}>
                      <Table.Td style={{ minWidth: '14rem' }}>
                        <Anchor component={Link} to={`/sources/${source.id}`} fw={600} underline="always">
                          {source.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <span className="tag">{t(`coding.kinds.${source.kind}`)}</span>
                      </Table.Td>
                      <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                        {source.moment ? momentLabel(source.moment) : '—'}
                      </Table.Td>
                      <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(source.sourceDate, locale) ?? '—'}
                      </Table.Td>
                      <Table.Td fz="sm">{t(`coding.languages.${source.language}`)}</Table.Td>
                      <Table.Td fz="sm">
                        {source.interviewees.length ? (
                          <ul className="plain-list">
                            {source.interviewees.map((person) => (
                              <li key={person.id}>
                                {person.label}{' '}
                                <Text span fz="xs" c="dimmed">
                                  ({label('interviewee_role', person.role)})
                                </Text>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td fz="sm" ta="right" fw={600}>
                        {formatNumber(source.segments, locale)}
                      </Table.Td>
                      {editable ? (
                        <Table.Td ta="right">
                          <Button
                            variant="subtle"
                            color="red"
                            c="red.9"
                            size="compact-sm"
                            aria-label={t('coding.list.remove', { title: source.title })}
                            onClick={() => setRemoval({ id: source.id, title: source.title })}
                          >
                            {t('common.remove')}
                          </Button>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          ) : (
            <Empty>{t('coding.list.empty')}</Empty>
          )
        ) : null}
      </Section>

      <Section id="interviewees" title={t('coding.people.heading')}>
        <Text c="dimmed" mb="sm" maw="75ch">
          {t('coding.people.intro')}
        </Text>
        <Stack gap="md">
          {interviewees.error ? <ErrorAlert error={interviewees.error} onRetry={interviewees.reload} /> : null}
          {!interviewees.data ? (
            interviewees.loading ? (
              <LoadingState />
            ) : null
          ) : people.length ? (
            <div className="table-wrap">
              <Table aria-label={t('coding.people.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('coding.people.label')}</Table.Th>
                    <Table.Th scope="col">{t('coding.people.role')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {people.map((person) => (
                    <Table.Tr key={person.id}>
                      <Table.Td fw={600}>{person.label}</Table.Td>
                      <Table.Td>{label('interviewee_role', person.role)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          ) : (
            <Empty>{t('coding.people.empty')}</Empty>
          )}
          {isPseudonymised(user) && people.length ? (
            <Text fz="xs" c="dimmed">
              {t('coding.people.pseudonymised')}
            </Text>
          ) : null}
          {editable ? (
            <Paper withBorder radius="md" p="md" maw={720}>
              <IntervieweeForm
                projectId={project.id}
                onAdded={(person) => {
                  setPeople((current) => [...current, person]);
                  setNotice(t('coding.people.added', { label: person.label }));
                }}
              />
            </Paper>
          ) : null}
        </Stack>
      </Section>

      <Modal opened={adding} onClose={() => setAdding(false)} title={t('coding.form.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <SourceForm
          projectId={project.id}
          interviewees={people}
          canAddInterviewee={editable}
          onIntervieweeAdded={(person) => setPeople((current) => [...current, person])}
          onCancel={() => setAdding(false)}
          onSaved={(source) => {
            setAdding(false);
            setNotice(t('coding.list.added', { title: source.title }));
            list.reload();
          }}
        />
      </Modal>
      <ConfirmModal
        opened={removal !== null}
        title={t('coding.list.removeTitle')}
        message={removal ? t('coding.list.removeConfirm', { title: removal.title }) : ''}
        confirmLabel={t('common.remove')}
        onClose={() => setRemoval(null)}
        onConfirm={async () => {
          if (!removal) return;
          await sourcesApi.remove(removal.id);
          setNotice(t('coding.list.removed'));
          list.reload();
        }}
      />
    </Stack>
  );
}
