import { Paper, Stack, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IntervieweeView } from '../../../shared/schemas.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty, Section } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { useTerms } from '../../lib/reference.js';
import { useUser } from '../auth/session.js';
import { IntervieweeForm } from './IntervieweeForm.js';
import { isPseudonymised } from '../../../shared/access.js';

/** The people interviewed in a project, by pseudonym and role, and a form to add one. */
export function IntervieweesSection({
  projectId,
  interviewees,
  editable,
  onAdded,
}: {
  projectId: string;
  interviewees: UseQueryResult<IntervieweeView[]>;
  editable: boolean;
  onAdded: (person: IntervieweeView) => void;
}) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const user = useUser();
  return (
    <Section id="interviewees" title={t('coding.people.heading')}>
      <Text c="dimmed" mb="sm" maw="75ch">
        {t('coding.people.intro')}
      </Text>
      <Stack gap="md">
        <QueryState query={interviewees}>
          {(people) =>
            people.length ? (
              <>
                <TableRegion label={t('coding.people.tableLabel')}>
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
                </TableRegion>
                {isPseudonymised(user) ? (
                  <Text fz="xs" c="dimmed">
                    {t('coding.people.pseudonymised')}
                  </Text>
                ) : null}
              </>
            ) : (
              <Empty>{t('coding.people.empty')}</Empty>
            )
          }
        </QueryState>
        {editable ? (
          <Paper withBorder radius="md" p="md" maw={720}>
            <IntervieweeForm projectId={projectId} onAdded={onAdded} />
          </Paper>
        ) : null}
      </Stack>
    </Section>
  );
}
