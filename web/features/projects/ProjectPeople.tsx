import { Anchor, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../shared/schemas.js';
import { Empty, Section } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { useTerms } from '../../lib/reference.js';
import { useUser } from '../auth/session.js';
import { isPseudonymised } from '../../../shared/access.js';

/** The people involved: those interviewed (by role, never by name) and the project's contacts. */
export function ProjectPeople({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const user = useUser();
  return (
    <Section id="people" title={t('project.people.heading')}>
      <Stack gap="lg">
        <div>
          <Title order={3} mb="xs">
            {t('project.people.interviewees')}
          </Title>
          {project.interviewees.length ? (
            <TableRegion label={t('project.people.intervieweesLabel')}>
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
            </TableRegion>
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
              {project.contacts.some((c) => !c.email) && isPseudonymised(user) ? (
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
  );
}
