import { useTranslation } from 'react-i18next';
import type { ChangeItem, PerceivedView } from '../../../shared/analytics.js';
import type { Query } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { CodeName } from './ChangeFigure.js';
import { SERIES_COLOURS } from './Chart.js';
import { type Column, DataFigure } from './DataFigure.js';
import { SmallNote, useCodeNames, useFigures, Withheld } from './format.js';
import { useAnalytics } from './queries.js';
import type { Moment } from './selection.js';

type Row = { code: string; measured?: ChangeItem; perceived?: PerceivedView['items'][number] };

/**
 * What people say changed (retrospective items at the later moment) beside what their state items show changed
 * between the two moments: two different measures, shown side by side and never added up.
 */
export function PerceivedFigure({ query, from, to }: { query: Query; from: Moment; to: Exclude<Moment, 'T0'> }) {
  const { t } = useTranslation();
  const f = useFigures();
  const name = useCodeNames();
  const change = useAnalytics('change', { ...query, from, to });
  const perceived = useAnalytics('perceived', { ...query, moment: to });
  return (
    <QueryState queries={[change, perceived] as const}>
      {([measured, said]) => {
        const rows = new Map<string, Row>();
        for (const m of measured.items) rows.set(m.code, { code: m.code, measured: m });
        for (const p of said.items) rows.set(p.code, { ...(rows.get(p.code) ?? { code: p.code }), perceived: p });
        const list = [...rows.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
        const cell = (n: number | undefined, text: string | null, flags?: { small: boolean; suppressed: boolean }) =>
          n === undefined ? (
            ''
          ) : flags?.suppressed ? (
            <Withheld />
          ) : (
            <>
              {text} (n = {n}) {flags ? <SmallNote {...flags} /> : null}
            </>
          );
        const columns: Column<Row>[] = [
          {
            key: 'code',
            label: t('analytics.columns.code'),
            value: (r) => `${r.code} ${name(r.code)}`,
            render: (r) => <CodeName code={r.code} name={name(r.code)} />,
            header: true,
          },
          {
            key: 'measured',
            label: t('analytics.perceived.measured', { from, to }),
            value: (r) => f.change(r.measured?.meanChange ?? null),
            render: (r) => cell(r.measured?.n, f.change(r.measured?.meanChange ?? null), r.measured),
            numeric: true,
          },
          { key: 'measuredN', label: t('analytics.columns.nPaired'), value: (r) => r.measured?.n ?? null, numeric: true },
          {
            key: 'perceived',
            label: t('analytics.perceived.said', { moment: to }),
            value: (r) => f.mean(r.perceived?.mean ?? null),
            render: (r) => cell(r.perceived?.n, f.mean(r.perceived?.mean ?? null), r.perceived),
            numeric: true,
          },
          { key: 'perceivedN', label: t('analytics.columns.nPerceived'), value: (r) => r.perceived?.n ?? null, numeric: true },
        ];
        const value = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v.toFixed(2)));
        return (
          <DataFigure
            id="perceived"
            title={t('analytics.perceived.title', { moment: to })}
            description={t('analytics.perceived.intro')}
            columns={columns}
            rows={list}
            rowKey={(r) => r.code}
            filename={`perceived-${to}-beside-change-${from}-${to}`}
            empty={t('analytics.perceived.empty')}
            busy={change.isPlaceholderData || perceived.isPlaceholderData}
            chartHeight={Math.max(260, 40 * list.length + 80)}
            option={{
              color: SERIES_COLOURS,
              legend: { top: 0 },
              tooltip: { trigger: 'axis' },
              grid: { left: 130, right: 24, top: 48, bottom: 32 },
              xAxis: { type: 'value' },
              yAxis: { type: 'category', data: list.map((r) => r.code), inverse: true },
              series: [
                { type: 'bar', name: t('analytics.perceived.measuredShort'), data: list.map((r) => value(r.measured?.meanChange)) },
                { type: 'bar', name: t('analytics.perceived.saidShort'), data: list.map((r) => value(r.perceived?.mean)) },
              ],
            }}
          />
        );
      }}
    </QueryState>
  );
}
