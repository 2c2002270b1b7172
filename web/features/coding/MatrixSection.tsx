import { Modal, NativeSelect, Stack, Title, Group, Text, UnstyledButton } from '@mantine/core';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixView } from '../../../shared/coding.js';
import { type MatrixFilter, type MatrixKind, retrieval as retrievalApi } from '../../api/coding.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { useLocale } from '../../lib/useLocale.js';
import { bookName, type CodeIndex, codeName, highlight } from './codes.js';
import { useMatrix, useMatrixCell } from './queries.js';
import { Downloads, RetrievedSegment } from './RetrievedSegments.js';

/** A matrix of codes (rows) by cases or by codes (columns), for one codebook, with its downloads. */
export function MatrixSection({
  kind,
  filter,
  index,
  onCodebook,
}: {
  kind: MatrixKind;
  filter: MatrixFilter;
  index: CodeIndex;
  onCodebook: (key: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const matrix = useMatrix(kind, filter);
  const book = index.books.find((b) => b.key === filter.codebook);
  const bookLabel = book ? bookName(book, locale) : (filter.codebook ?? '');
  const headingId = `matrix-${kind}-heading`;
  const cases = kind === 'code-by-case';
  const [open, setOpen] = useState<OpenCell | null>(null);
  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <div>
          <Title order={2} id={headingId} fz="h3">
            {cases ? t('coding.retrievalPage.casesHeading') : t('coding.retrievalPage.cooccurrenceHeading')}
          </Title>
          <Text fz="sm" c="dimmed" maw="75ch">
            {cases ? t('coding.retrievalPage.casesIntro') : t('coding.retrievalPage.cooccurrenceIntro')} {t('coding.retrievalPage.matrixFilters')}
          </Text>
        </div>
        <NativeSelect
          label={t('coding.retrievalPage.codebook')}
          value={filter.codebook}
          onChange={(e) => onCodebook(e.currentTarget.value)}
          data={[...new Map(index.books.map((b) => [b.key, { value: b.key, label: bookName(b, locale) }])).values()]}
          w={260}
        />
      </Group>
      <Group justify="flex-end" mb="sm">
        <Downloads
          label={(format) => t('coding.retrievalPage.downloadMatrix', { format })}
          href={(format) => retrievalApi.matrixExportUrl(kind, filter, format)}
        />
      </Group>
      <QueryState query={matrix}>
        {(data) =>
          cases && !data.columns.length ? (
            <Empty>{t('coding.retrievalPage.noCases')}</Empty>
          ) : (
            <MatrixTable
              matrix={data}
              caption={cases ? t('coding.retrievalPage.casesCaption', { book: bookLabel }) : t('coding.retrievalPage.cooccurrenceCaption', { book: bookLabel })}
              index={index}
              codebook={filter.codebook ?? 'typology'}
              keyColumns={!cases}
              busy={matrix.isPlaceholderData}
              onOpen={setOpen}
            />
          )
        }
      </QueryState>
      <CellSegments kind={kind} filter={filter} index={index} cell={open} onClose={() => setOpen(null)} />
    </section>
  );
}

interface OpenCell {
  row: string;
  column: string;
  rowLabel: string;
  columnLabel: string;
}

/** The segments a cell counts, read in a dialog over the matrix; closing it gives the focus back to the cell. */
function CellSegments({
  kind,
  filter,
  index,
  cell,
  onClose,
}: {
  kind: MatrixKind;
  filter: MatrixFilter;
  index: CodeIndex;
  cell: OpenCell | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const segments = useMatrixCell(kind, cell ? { ...filter, row: cell.row, column: cell.column } : null);
  return (
    <Modal
      opened={cell !== null}
      onClose={onClose}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={cell ? t('coding.retrievalPage.cellTitle', { row: cell.rowLabel, column: cell.columnLabel }) : ''}
    >
      <Text fz="sm" c="dimmed" mb="sm">
        {t('coding.retrievalPage.cellIntro')}
      </Text>
      <QueryState query={segments}>
        {(list) =>
          list.length ? (
            <Stack component="ol" className="plain-list" gap="sm" aria-label={t('coding.retrievalPage.resultsLabel')}>
              {list.map((segment) => (
                <RetrievedSegment key={segment.id} segment={segment} index={index} />
              ))}
            </Stack>
          ) : (
            <Empty>{t('coding.retrievalPage.empty')}</Empty>
          )
        }
      </QueryState>
    </Modal>
  );
}

/** A matrix as a table: a caption, a header per column, a header per row, zero cells dimmed and counts tinted by size. */
function MatrixTable({
  matrix,
  caption,
  index,
  codebook,
  keyColumns,
  busy,
  onOpen,
}: {
  matrix: MatrixView;
  caption: string;
  index: CodeIndex;
  codebook: string;
  keyColumns: boolean;
  busy: boolean;
  onOpen: (cell: OpenCell) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const max = Math.max(1, ...matrix.cells.flat());
  const nameOf = (row: MatrixView['rows'][number]) => row[locale] || row.nl;
  return (
    <TableRegion className="matrix-wrap" label={caption} busy={busy}>
      <table className="matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              {t('coding.retrievalPage.codeColumn')}
            </th>
            {matrix.columns.map((column) => {
              const row = keyColumns ? matrix.rows.find((r) => r.key === column.id) : undefined;
              return (
                <th key={column.id} scope="col">
                  {keyColumns ? (
                    <span className="key" title={row ? nameOf(row) : undefined}>
                      {column.label}
                    </span>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => {
            const code = index.byKey.get(`${codebook}:${row.key}`);
            return (
              <tr key={row.key}>
                <th scope="row" className={code && code.depth === 0 && code.book.kind === 'typology' ? 'is-domain' : undefined}>
                  <span className="key">{row.key}</span> {code ? codeName(code, locale) : nameOf(row)}
                </th>
                {matrix.columns.map((column, c) => {
                  const value = matrix.cells[r]?.[c] ?? 0;
                  const style: CSSProperties | undefined = value ? { background: highlight('#1f53a0', 1 + Math.round((value / max) * 3)) } : undefined;
                  return (
                    <td key={column.id} className={value ? undefined : 'is-zero'} style={style}>
                      {value ? (
                        <UnstyledButton
                          className="matrix-cell"
                          aria-label={t('coding.retrievalPage.cellOpen', { count: value, row: row.key, column: column.label })}
                          onClick={() => onOpen({ row: row.key, column: column.id, rowLabel: row.key, columnLabel: column.label })}
                        >
                          {value}
                        </UnstyledButton>
                      ) : (
                        value
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
