import { Button, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { Chart, type ChartOption } from './Chart.js';
import { downloadCsv, toCsv } from './csv.js';

export interface Column<R> {
  key: string;
  label: string;
  /** the figure as the CSV file has it; null leaves the cell empty */
  value: (row: R) => string | number | null;
  /** how the table shows it, when not as the value */
  render?: (row: R) => ReactNode;
  numeric?: boolean;
  /** the column that names the row: its cells are row headers for a screen reader */
  header?: boolean;
}

/**
 * One figure of a dashboard: a chart for the eye and, beside it, the same figures in a table that a screen reader
 * reads and a keyboard scrolls, with a CSV download of that table.
 */
export function DataFigure<R>({
  id,
  title,
  description,
  columns,
  rows,
  rowKey,
  option,
  filename,
  empty,
  busy,
  chartHeight,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  /** null: this figure has a table only */
  option: ChartOption | null;
  filename: string;
  empty: string;
  busy?: boolean;
  chartHeight?: number;
}) {
  const { t } = useTranslation();
  const headingId = `figure-${id}`;
  const download = () =>
    downloadCsv(
      `${filename}.csv`,
      toCsv(
        columns.map((c) => c.label),
        rows.map((r) => columns.map((c) => c.value(r))),
      ),
    );
  const table = (
    <TableRegion label={title} busy={busy}>
      <Table aria-labelledby={headingId} striped={false} highlightOnHover className="analytics-table">
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} scope="col" ta={c.numeric ? 'right' : undefined}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((c) => {
                const content = c.render ? c.render(row) : (c.value(row) ?? '');
                return c.header ? (
                  <Table.Th key={c.key} scope="row" fw={500}>
                    {content}
                  </Table.Th>
                ) : (
                  <Table.Td key={c.key} ta={c.numeric ? 'right' : undefined} className={c.numeric ? 'num' : undefined}>
                    {content}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
  return (
    <Paper withBorder radius="md" p="md" component="figure" m={0} aria-labelledby={headingId} className="analytics-figure">
      <Group justify="space-between" align="flex-start" gap="sm" mb="xs">
        <div style={{ flex: '1 1 18rem', minWidth: 0 }}>
          <Title order={3} fz="h4" id={headingId}>
            {title}
          </Title>
          {description ? (
            <Text fz="sm" c="dimmed" mt={4} maw="75ch">
              {description}
            </Text>
          ) : null}
        </div>
        {rows.length ? (
          <Button variant="default" size="compact-sm" onClick={download} aria-label={t('analytics.downloadCsvOf', { title })}>
            {t('analytics.downloadCsv')}
          </Button>
        ) : null}
      </Group>
      {rows.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : option ? (
        <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md" style={{ opacity: busy ? 0.6 : 1 }}>
          {/* a grid track grows to its widest content unless told otherwise: the table scrolls in its region instead */}
          <div style={{ minWidth: 0 }}>
            <Chart option={option} label={t('analytics.chartLabel', { title })} height={chartHeight} />
          </div>
          <div style={{ minWidth: 0 }}>{table}</div>
        </SimpleGrid>
      ) : (
        <div style={{ opacity: busy ? 0.6 : 1 }}>{table}</div>
      )}
    </Paper>
  );
}
