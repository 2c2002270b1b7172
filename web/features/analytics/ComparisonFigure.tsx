import { useTranslation } from 'react-i18next';
import type { ComparisonView } from '../../../shared/analytics.js';
import type { Query } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { CodeName } from './ChangeFigure.js';
import { SERIES_COLOURS } from './Chart.js';
import { type Column, DataFigure } from './DataFigure.js';
import { noteOf, SmallNote, useCodeNames, useFigures, Withheld } from './format.js';
import { useAnalytics } from './queries.js';
import type { Moment } from './selection.js';

type Row = ComparisonView['items'][number];

/** The participants' change beside that of colleagues who did not take part, and the difference in differences. */
export function ComparisonFigure({ query, from, to }: { query: Query; from: Moment; to: Moment }) {
  const { t } = useTranslation();
  const f = useFigures();
  const name = useCodeNames();
  const comparison = useAnalytics('comparison', { ...query, from, to });
  const withheld = (r: Row, text: string | null) => (r.suppressed ? <Withheld /> : text);
  const columns: Column<Row>[] = [
    {
      key: 'code',
      label: t('analytics.columns.code'),
      value: (r) => `${r.code} ${name(r.code)}`,
      render: (r) => <CodeName code={r.code} name={name(r.code)} />,
      header: true,
    },
    { key: 'pn', label: t('analytics.comparison.participantsN'), value: (r) => r.participants.n, numeric: true },
    {
      key: 'pc',
      label: t('analytics.comparison.participants'),
      value: (r) => f.change(r.participants.meanChange),
      render: (r) => withheld(r, f.change(r.participants.meanChange)),
      numeric: true,
    },
    { key: 'cn', label: t('analytics.comparison.comparisonN'), value: (r) => r.comparison.n, numeric: true },
    {
      key: 'cc',
      label: t('analytics.comparison.comparison'),
      value: (r) => f.change(r.comparison.meanChange),
      render: (r) => withheld(r, f.change(r.comparison.meanChange)),
      numeric: true,
    },
    {
      key: 'did',
      label: t('analytics.comparison.difference'),
      value: (r) => f.change(r.difference),
      render: (r) => withheld(r, f.change(r.difference)),
      numeric: true,
    },
    { key: 'ci', label: t('analytics.columns.ci95'), value: (r) => f.interval(r.ci95), render: (r) => withheld(r, f.interval(r.ci95)), numeric: true },
    { key: 'p', label: t('analytics.comparison.p'), value: (r) => f.p(r.p), render: (r) => withheld(r, f.p(r.p)), numeric: true },
    { key: 'note', label: t('analytics.columns.note'), value: (r) => noteOf(t, r), render: (r) => <SmallNote {...r} /> },
  ];
  const value = (v: number | null) => (v === null ? null : Number(v.toFixed(2)));
  return (
    <QueryState query={comparison}>
      {(data) => (
        <DataFigure
          id="comparison"
          title={t('analytics.comparison.title', { from, to })}
          description={t('analytics.comparison.intro')}
          columns={columns}
          rows={data.items}
          rowKey={(r) => r.code}
          filename={`comparison-group-${from}-${to}`}
          empty={t('analytics.comparison.empty')}
          busy={comparison.isPlaceholderData}
          chartHeight={Math.max(240, 40 * data.items.length + 80)}
          option={{
            color: SERIES_COLOURS,
            legend: { top: 0 },
            tooltip: { trigger: 'axis' },
            grid: { left: 130, right: 24, top: 48, bottom: 32 },
            xAxis: { type: 'value', name: t('analytics.change.axis'), nameLocation: 'middle', nameGap: 24 },
            yAxis: { type: 'category', data: data.items.map((r) => r.code), inverse: true },
            series: [
              { type: 'bar', name: t('analytics.comparison.participants'), data: data.items.map((r) => value(r.participants.meanChange)) },
              { type: 'bar', name: t('analytics.comparison.comparison'), data: data.items.map((r) => value(r.comparison.meanChange)) },
            ],
          }}
        />
      )}
    </QueryState>
  );
}
