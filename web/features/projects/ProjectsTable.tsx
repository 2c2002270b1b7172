import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProjectSummaryView } from '../../../shared/schemas.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { TableRegion } from '../../components/TableRegion.js';
import { useTerms } from '../../lib/reference.js';

/** Projects as a table: the list page and an organisation's page both use it. */
export function ProjectsTable({ items, label, showOrganisation = true }: { items: ProjectSummaryView[]; label: string; showOrganisation?: boolean }) {
  const { t } = useTranslation();
  const { label: term } = useTerms();
  return (
    <TableRegion label={label}>
      <Table aria-label={label} highlightOnHover striped={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('project.title')}</Table.Th>
            {showOrganisation ? <Table.Th scope="col">{t('project.organisation')}</Table.Th> : null}
            <Table.Th scope="col">{t('project.sector')}</Table.Th>
            <Table.Th scope="col">{t('project.keyAction')}</Table.Th>
            <Table.Th scope="col">{t('project.callYear')}</Table.Th>
            <Table.Th scope="col">{t('project.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((project) => (
            <Table.Tr key={project.id}>
              <Table.Td style={{ minWidth: '16rem' }}>
                <Anchor component={Link} to={`/projects/${project.id}`} fw={600}>
                  {project.title}
                </Anchor>
                {project.acronym || project.code ? (
                  <Text fz="xs" c="dimmed" mt={2}>
                    {[project.acronym, project.code].filter(Boolean).join(' · ')}
                  </Text>
                ) : null}
              </Table.Td>
              {showOrganisation ? (
                <Table.Td>
                  <Anchor component={Link} to={`/organisations/${project.organisation.id}`} fz="sm">
                    {project.organisation.name}
                  </Anchor>
                </Table.Td>
              ) : null}
              <Table.Td fz="sm">{term('sector', project.sector)}</Table.Td>
              {/* the codes KA1 and KA2 are the names everyone in Erasmus+ uses; the filter shows them in full */}
              <Table.Td fz="sm">{project.keyAction}</Table.Td>
              <Table.Td fz="sm">{project.callYear}</Table.Td>
              <Table.Td>
                <StatusBadge status={project.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
