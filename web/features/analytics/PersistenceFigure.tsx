import { useTranslation } from 'react-i18next';
import type { PersistenceView } from '../../../shared/analytics.js';
import type { Query } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { CodeName } from './ChangeFigure.js';
import { SERIES_COLOURS } from './Chart.js';
import { type Column, DataFigure } from './DataFigure.js';
import { SmallNote, useCodeNames, useFigures, Withheld } from './format.js';
import { useAnalytics } from './queries.js';

type Item = PersistenceView['items'][number];
type Row = { code: string; at: Partial<Record<'T2' | 'T3', Item>> };

/** Of the people whose state rose from T0 to T1, how many are still above their start at T2 and at T3. */
export function PersistenceFigure({ query }: { query: Query }) {
  const { t } = useTranslation();
  const f = useFigures();
  const name = useCodeNames();
  const persistence = useAnalytics('persistence', query);
  const held = (i: Item | undefined) => (i ? i.suppressed ? <Withheld /> : f.share(i.held, i.gained) : '');
  return (
    <QueryState query={persistence}>
      {(data) => {
        const rows: Row[] = [];
        for (const item of data.items) {
          let row = rows.find((r) => r.code === item.code);
          if (!row) {
            row = { code: item.code, at: {} };
            rows.push(row);
          }
          row.at[item.moment] = item;
        }
        const columns: Column<Row>[] = [
          {
            key: 'code',
            label: t('analytics.columns.code'),
            value: (r) => `${r.code} ${name(r.code)}`,
            render: (r) => <CodeName code={r.code} name={name(r.code)} />,
            header: true,
          },
          ...(['T2', 'T3'] as const).flatMap<Column<Row>>((m) => [
            { key: `gained-${m}`, label: t('analytics.persistence.gained', { moment: m }), value: (r) => r.at[m]?.gained ?? null, numeric: true },
            {
              key: `held-${m}`,
              label: t('analytics.persistence.held', { moment: m }),
              value: (r) => (r.at[m] && !r.at[m]!.suppressed ? f.share(r.at[m]!.held, r.at[m]!.gained) : null),
              render: (r) => (
                <>
                  {held(r.at[m])} {r.at[m] ? <SmallNote {...r.at[m]!} /> : null}
                </>
              ),
              numeric: true,
            },
          ]),
        ];
        const share = (i: Item | undefined) => (i && i.share !== null ? Math.round(i.share * 100) : null);
        return (
          <DataFigure
            id="persistence"
            title={t('analytics.persistence.title')}
            description={t('analytics.persistence.intro')}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.code}
            filename="gains-held-T2-T3"
            empty={t('analytics.persistence.empty')}
            busy={persistence.isPlaceholderData}
            chartHeight={Math.max(260, 40 * rows.length + 80)}
            option={{
              color: SERIES_COLOURS,
              legend: { top: 0 },
              tooltip: { trigger: 'axis' },
              grid: { left: 130, right: 24, top: 48, bottom: 32 },
              xAxis: { type: 'value', max: 100, name: '%', nameLocation: 'middle', nameGap: 24 },
              yAxis: { type: 'category', data: rows.map((r) => r.code), inverse: true },
              series: (['T2', 'T3'] as const).map((m) => ({
                type: 'bar' as const,
                name: t('analytics.persistence.heldShort', { moment: m }),
                data: rows.map((r) => share(r.at[m])),
              })),
            }}
          />
        );
      }}
    </QueryState>
  );
}
