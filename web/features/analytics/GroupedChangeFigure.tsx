import { useTranslation } from 'react-i18next';
import type { ChangeGrouping, ChangeItem } from '../../../shared/analytics.js';
import type { Query } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { useTerms } from '../../lib/reference.js';
import { CodeName } from './ChangeFigure.js';
import { SERIES_COLOURS } from './Chart.js';
import { type Column, DataFigure } from './DataFigure.js';
import { SmallNote, useCodeNames, useFigures, Withheld } from './format.js';
import { useAnalytics } from './queries.js';
import type { Moment } from './selection.js';

type Row = { code: string; cells: Map<string, ChangeItem> };
const TERM = { sector: 'sector', keyAction: 'key_action', activityType: 'activity_type' } as const;

/** The same change set side by side for groups: KA1 against KA2, one activity type against another. */
export function GroupedChangeFigure({ query, from, to, groupBy }: { query: Query; from: Moment; to: Moment; groupBy: ChangeGrouping }) {
  const { t } = useTranslation();
  const f = useFigures();
  const name = useCodeNames();
  const { label } = useTerms();
  const change = useAnalytics('change', { ...query, from, to, groupBy });
  const groupName = (g: string) => (g ? label(TERM[groupBy], g) : t('analytics.noActivity'));
  return (
    <QueryState query={change}>
      {(data) => {
        const groups = [...new Set(data.items.map((i) => i.group ?? ''))].sort();
        const rows: Row[] = [];
        for (const item of data.items) {
          let row = rows.find((r) => r.code === item.code);
          if (!row) {
            row = { code: item.code, cells: new Map() };
            rows.push(row);
          }
          row.cells.set(item.group ?? '', item);
        }
        rows.sort((a, b) => (a.code < b.code ? -1 : 1));
        const cellText = (c: ChangeItem | undefined) => (c && c.meanChange !== null ? `${f.change(c.meanChange)} (n = ${c.n})` : null);
        const columns: Column<Row>[] = [
          {
            key: 'code',
            label: t('analytics.columns.code'),
            value: (r) => `${r.code} ${name(r.code)}`,
            render: (r) => <CodeName code={r.code} name={name(r.code)} />,
            header: true,
          },
          ...groups.map<Column<Row>>((g) => ({
            key: g,
            label: t('analytics.columns.changeIn', { group: groupName(g) }),
            value: (r) => cellText(r.cells.get(g)) ?? (r.cells.get(g) ? t('analytics.withheldShort') : null),
            render: (r) => {
              const c = r.cells.get(g);
              if (!c) return '';
              return c.suppressed ? (
                <>
                  <Withheld /> (n = {c.n})
                </>
              ) : (
                <>
                  {cellText(c)} <SmallNote {...c} />
                </>
              );
            },
            numeric: true,
          })),
        ];
        const id = `change-by-${groupBy}`;
        return (
          <DataFigure
            id={id}
            title={t(`analytics.compare.${groupBy}`, { from, to })}
            description={t('analytics.compare.intro')}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.code}
            filename={`${id}-${from}-${to}`}
            empty={t('analytics.change.empty', { from, to })}
            busy={change.isPlaceholderData}
            chartHeight={Math.max(260, 22 * rows.length * Math.max(1, groups.length) + 80)}
            option={{
              color: SERIES_COLOURS,
              legend: { top: 0, type: 'plain' },
              tooltip: { trigger: 'axis' },
              grid: { left: 130, right: 24, top: 48, bottom: 32 },
              xAxis: { type: 'value', name: t('analytics.change.axis'), nameLocation: 'middle', nameGap: 24 },
              yAxis: { type: 'category', data: rows.map((r) => r.code), inverse: true },
              series: groups.map((g) => ({
                type: 'bar' as const,
                name: groupName(g),
                data: rows.map((r) => {
                  const v = r.cells.get(g)?.meanChange;
                  return v === null || v === undefined ? null : Number(v.toFixed(2));
                }),
              })),
            }}
          />
        );
      }}
    </QueryState>
  );
}
