import { useTranslation } from 'react-i18next';
import type { ChangeItem } from '../../../shared/analytics.js';
import type { Query } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { SERIES_COLOURS } from './Chart.js';
import { type Column, DataFigure } from './DataFigure.js';
import { noteOf, SmallNote, useCodeNames, useFigures, Withheld } from './format.js';
import { useAnalytics } from './queries.js';
import type { Moment } from './selection.js';

/**
 * Change of the same people between two moments, per typology code measured by state items: n paired, the means,
 * the mean paired change with its 95% interval, the Wilcoxon signed-rank test and the effect size.
 */
export function ChangeFigure({ query, from, to }: { query: Query; from: Moment; to: Moment }) {
  const { t } = useTranslation();
  const f = useFigures();
  const name = useCodeNames();
  const change = useAnalytics('change', { ...query, from, to });
  const withheld = (r: ChangeItem, text: string | null) => (r.suppressed ? <Withheld /> : text);
  const columns: Column<ChangeItem>[] = [
    {
      key: 'code',
      label: t('analytics.columns.code'),
      value: (r) => `${r.code} ${name(r.code)}`,
      render: (r) => <CodeName code={r.code} name={name(r.code)} />,
      header: true,
    },
    { key: 'n', label: t('analytics.columns.nPaired'), value: (r) => r.n, numeric: true },
    {
      key: 'from',
      label: t('analytics.columns.meanAt', { moment: from }),
      value: (r) => f.mean(r.meanFrom),
      render: (r) => withheld(r, f.mean(r.meanFrom)),
      numeric: true,
    },
    {
      key: 'to',
      label: t('analytics.columns.meanAt', { moment: to }),
      value: (r) => f.mean(r.meanTo),
      render: (r) => withheld(r, f.mean(r.meanTo)),
      numeric: true,
    },
    {
      key: 'change',
      label: t('analytics.columns.change'),
      value: (r) => f.change(r.meanChange),
      render: (r) => withheld(r, f.change(r.meanChange)),
      numeric: true,
    },
    { key: 'ci', label: t('analytics.columns.ci95'), value: (r) => f.interval(r.ci95), render: (r) => withheld(r, f.interval(r.ci95)), numeric: true },
    {
      key: 'p',
      label: t('analytics.columns.wilcoxonP'),
      value: (r) => f.p(r.wilcoxonP),
      render: (r) => withheld(r, r.wilcoxonP === null ? '' : `${f.p(r.wilcoxonP)} (${t(`analytics.method.${r.wilcoxonMethod ?? 'normal'}`)})`),
      numeric: true,
    },
    {
      key: 'r',
      label: t('analytics.columns.effectSize'),
      value: (r) => f.change(r.effectSize),
      render: (r) => withheld(r, f.change(r.effectSize)),
      numeric: true,
    },
    { key: 'dz', label: t('analytics.columns.cohenDz'), value: (r) => f.change(r.cohenDz), render: (r) => withheld(r, f.change(r.cohenDz)), numeric: true },
    { key: 'note', label: t('analytics.columns.note'), value: (r) => noteOf(t, r), render: (r) => <SmallNote {...r} /> },
  ];
  return (
    <QueryState query={change}>
      {(data) => {
        const shown = data.items.filter((i) => i.meanChange !== null);
        return (
          <DataFigure
            id="change"
            title={t('analytics.change.title', { from, to })}
            description={t('analytics.change.intro')}
            columns={columns}
            rows={data.items}
            rowKey={(r) => r.code}
            filename={`change-${from}-${to}`}
            empty={t('analytics.change.empty', { from, to })}
            busy={change.isPlaceholderData}
            chartHeight={Math.max(240, 28 * shown.length + 60)}
            option={{
              color: SERIES_COLOURS,
              tooltip: { trigger: 'axis' },
              grid: { left: 130, right: 24, top: 16, bottom: 32 },
              xAxis: { type: 'value', name: t('analytics.change.axis'), nameLocation: 'middle', nameGap: 24 },
              yAxis: { type: 'category', data: shown.map((i) => i.code), inverse: true },
              series: [{ type: 'bar', name: t('analytics.columns.change'), data: shown.map((i) => Number(i.meanChange?.toFixed(2))) }],
            }}
          />
        );
      }}
    </QueryState>
  );
}

/** A code as the tables show it: its key, then its name. */
export function CodeName({ code, name }: { code: string; name: string }) {
  return (
    <>
      {code ? <span className="analytics-code">{code}</span> : null} {name}
    </>
  );
}
