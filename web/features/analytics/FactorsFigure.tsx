import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../shared/analytics.js';
import type { Query } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { CodeName } from './ChangeFigure.js';
import { SERIES_COLOURS } from './Chart.js';
import { type Column, DataFigure } from './DataFigure.js';
import { type EvidenceGrouping, EvidenceCount, groupQuery, useGroupName } from './EvidenceFigures.js';
import { useCodeNames } from './format.js';
import { useAnalytics } from './queries.js';

const POLARITIES = ['promoting', 'hindering'] as const;

/**
 * What helped and what stood in the way, each in a figure of its own: a factor named as promoting is never netted
 * against the same factor named as hindering. A column per group (sector or key action, or the project itself).
 */
export function FactorsFigures({ query, groupBy }: { query: Query; groupBy: EvidenceGrouping }) {
  const { t } = useTranslation();
  const name = useCodeNames();
  const groupName = useGroupName(groupBy);
  const evidence = useAnalytics('evidence', { ...query, groupBy, codebook: 'factors' });
  return (
    <QueryState query={evidence}>
      {(data) => (
        <>
          {POLARITIES.map((polarity) => {
            const items = data.items.filter((i) => (i.polarity ?? 'promoting') === polarity);
            const groups = [...new Set(items.map((i) => i.group))].sort();
            const total = (code: string) => items.filter((i) => i.code === code).reduce((sum, i) => sum + (i.segments ?? 0), 0);
            const rows = [...new Set(items.map((i) => i.code))].sort((a, b) => total(b) - total(a) || (a < b ? -1 : 1));
            const cell = (code: string, group: string): EvidenceItem | undefined => items.find((i) => i.code === code && i.group === group);
            const title = (code: string, group: string) => `${name(code)} (${t(`analytics.factors.${polarity}Short`)}), ${groupName(group)}`;
            const columns: Column<string>[] = [
              {
                key: 'code',
                label: t('analytics.columns.factor'),
                value: (c) => `${c} ${name(c)}`,
                render: (c) => <CodeName code={c} name={name(c)} />,
                header: true,
              },
              ...groups.map<Column<string>>((g) => ({
                key: g,
                label:
                  groups.length === 1 && groupBy === 'project' ? t('analytics.columns.segments') : t('analytics.columns.segmentsIn', { group: groupName(g) }),
                value: (c) => cell(c, g)?.segments ?? null,
                render: (c) => <EvidenceCount item={cell(c, g)} codebook="factors" query={{ ...query, ...groupQuery(groupBy, g) }} title={title(c, g)} />,
                numeric: true,
              })),
            ];
            return (
              <DataFigure
                key={polarity}
                id={`factors-${polarity}-${groupBy}`}
                title={t(`analytics.factors.${polarity}`, { group: t(`analytics.factors.by_${groupBy}`) })}
                description={t('analytics.factors.intro')}
                columns={columns}
                rows={rows}
                rowKey={(c) => c}
                filename={`factors-${polarity}-by-${groupBy}`}
                empty={t('analytics.factors.empty')}
                busy={evidence.isPlaceholderData}
                chartHeight={Math.max(240, 24 * rows.length * Math.max(1, groups.length) + 80)}
                option={{
                  color: polarity === 'promoting' ? SERIES_COLOURS : [...SERIES_COLOURS].reverse(),
                  legend: { top: 0 },
                  tooltip: { trigger: 'axis' },
                  grid: { left: 72, right: 16, top: 48, bottom: 32 },
                  xAxis: { type: 'value', minInterval: 1 },
                  yAxis: { type: 'category', data: rows.map((c) => c.replace(/^FAC\./, '')), inverse: true },
                  series: groups.map((g) => ({ type: 'bar' as const, name: groupName(g), data: rows.map((c) => cell(c, g)?.segments ?? null) })),
                }}
              />
            );
          })}
        </>
      )}
    </QueryState>
  );
}
