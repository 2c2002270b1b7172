import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../shared/analytics.js';
import type { Query } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { useReference, useTerms } from '../../lib/reference.js';
import { CodeName } from './ChangeFigure.js';
import { SERIES_COLOURS } from './Chart.js';
import { type Column, DataFigure } from './DataFigure.js';
import { DOMAINS, SmallNote, useCodeNames, Withheld } from './format.js';
import { useAnalytics } from './queries.js';
import { QuoteButton } from './Quotes.js';

export type EvidenceGrouping = 'sector' | 'keyAction' | 'activityType' | 'project';
const TERM = { sector: 'sector', keyAction: 'key_action', activityType: 'activity_type' } as const;
const LEVELS = ['individual', 'organisation', 'beyond'];

/** How a group of evidence narrows the selection, so that its quotes are the cell's. */
export const groupQuery = (groupBy: EvidenceGrouping, group: string): Query => ({ [groupBy === 'project' ? 'projectId' : groupBy]: group });

/** The group's name in words: a sector, key action or activity type; a project is the dashboard's own. */
export function useGroupName(groupBy: EvidenceGrouping) {
  const { label } = useTerms();
  const { t } = useTranslation();
  return (group: string) => (groupBy === 'project' ? t('analytics.thisProject') : label(TERM[groupBy], group));
}

/** The typology in the codebook's order: each domain, then its indicators. */
function useTypologyOrder() {
  const codes = useReference()?.codebooks.find((b) => b.kind === 'typology')?.codes ?? [];
  return codes.filter((c) => c.parentKey === null).flatMap((d) => [d.key, ...codes.filter((c) => c.parentKey === d.key).map((c) => c.key)]);
}

/** One count of evidence in a table: the number opens its quotes; a withheld count says so. */
export function EvidenceCount({
  item,
  codebook,
  query,
  title,
}: {
  item: EvidenceItem | undefined;
  codebook: 'typology' | 'levels' | 'factors';
  query: Query;
  title: string;
}) {
  const { t } = useTranslation();
  if (!item) return '';
  if (item.suppressed || item.segments === null) return <Withheld />;
  return (
    <>
      <QuoteButton
        count={item.segments}
        label={t('analytics.evidence.countLabel', { count: item.segments, cell: title })}
        request={{ codebook, code: item.code, polarity: item.polarity ?? undefined, query, title }}
      />
      {item.small ? (
        <>
          {' '}
          <SmallNote small suppressed={false} />
        </>
      ) : null}
    </>
  );
}

/** The sector × domain heatmap of coded evidence: where in the programme each kind of impact is told. */
export function SectorDomainFigure({ query }: { query: Query }) {
  const { t } = useTranslation();
  const name = useCodeNames();
  const { options } = useTerms();
  const evidence = useAnalytics('evidence', { ...query, groupBy: 'sector', codebook: 'typology' });
  const sectors = options('sector');
  return (
    <QueryState query={evidence}>
      {(data) => {
        const cell = (domain: string, sector: string) => data.items.find((i) => i.code === domain && i.group === sector);
        const rows = DOMAINS.filter((d) => data.items.some((i) => i.code === d));
        const title = (domain: string, sector: { label: string }) => `${domain} ${name(domain)}, ${sector.label}`;
        const columns: Column<string>[] = [
          {
            key: 'domain',
            label: t('analytics.columns.domain'),
            value: (d) => `${d} ${name(d)}`,
            render: (d) => <CodeName code={d} name={name(d)} />,
            header: true,
          },
          ...sectors.map<Column<string>>((s) => ({
            key: s.value,
            label: s.label,
            value: (d) => cell(d, s.value)?.segments ?? (cell(d, s.value) ? null : 0),
            render: (d) => <EvidenceCount item={cell(d, s.value)} codebook="typology" query={{ ...query, sector: s.value }} title={title(d, s)} />,
            numeric: true,
          })),
        ];
        // a withheld cell stays blank in the chart too, as in the table: never drawn as a zero
        const values = rows.flatMap((d, y) =>
          sectors.map((s, x) => {
            const c = cell(d, s.value);
            return [x, y, c?.suppressed ? '-' : (c?.segments ?? 0)] as [number, number, number | '-'];
          }),
        );
        return (
          <DataFigure
            id="sector-domain"
            title={t('analytics.evidence.heatmapTitle')}
            description={t('analytics.evidence.heatmapIntro')}
            columns={columns}
            rows={rows}
            rowKey={(d) => d}
            filename="evidence-sector-by-domain"
            empty={t('analytics.evidence.empty')}
            busy={evidence.isPlaceholderData}
            option={{
              tooltip: { position: 'top' },
              grid: { left: 56, right: 16, top: 16, bottom: 40 },
              xAxis: { type: 'category', data: sectors.map((s) => s.value.toUpperCase()), splitArea: { show: true } },
              yAxis: { type: 'category', data: rows, inverse: true, splitArea: { show: true } },
              visualMap: {
                min: 0,
                max: Math.max(1, ...values.map((v) => (typeof v[2] === 'number' ? v[2] : 0))),
                show: false,
                inRange: { color: ['#f1f5fb', '#7fa6dc'] },
              },
              series: [{ type: 'heatmap', data: values, label: { show: true, color: '#1a1b1e' } }],
            }}
          />
        );
      }}
    </QueryState>
  );
}

/**
 * Coded evidence per code of the typology (domains and indicators) or per impact level, a column per group: KA1
 * beside KA2, activity type beside activity type, or the project's own counts in detail.
 */
export function EvidenceByCodeFigure({
  id,
  query,
  groupBy,
  codebook,
}: {
  id: string;
  query: Query;
  groupBy: EvidenceGrouping;
  codebook: 'typology' | 'levels';
}) {
  const { t } = useTranslation();
  const name = useCodeNames();
  const groupName = useGroupName(groupBy);
  const order = useTypologyOrder();
  const evidence = useAnalytics('evidence', { ...query, groupBy, codebook });
  return (
    <QueryState query={evidence}>
      {(data) => {
        const groups = [...new Set(data.items.map((i) => i.group))].sort();
        const known = codebook === 'levels' ? LEVELS : order;
        const rows = [...new Set(data.items.map((i) => i.code))].sort((a, b) => known.indexOf(a) - known.indexOf(b));
        const cell = (code: string, group: string) => data.items.find((i) => i.code === code && i.group === group);
        const title = (code: string, group: string) => `${code === name(code) ? '' : `${code} `}${name(code)}, ${groupName(group)}`;
        const detailed = groupBy === 'project' && groups.length === 1;
        const counts = (key: 'sources' | 'interviewees' | 'quotes' | 'projects', label: string): Column<string> => ({
          key,
          label,
          value: (c) => cell(c, groups[0]!)?.[key] ?? null,
          render: (c) => (cell(c, groups[0]!)?.suppressed ? <Withheld /> : (cell(c, groups[0]!)?.[key] ?? '')),
          numeric: true,
        });
        const columns: Column<string>[] = [
          {
            key: 'code',
            label: codebook === 'levels' ? t('analytics.columns.level') : t('analytics.columns.code'),
            value: (c) => (codebook === 'levels' ? name(c) : `${c} ${name(c)}`),
            render: (c) => (codebook === 'levels' ? name(c) : <CodeName code={c} name={name(c)} />),
            header: true,
          },
          ...groups.map<Column<string>>((g) => ({
            key: g,
            label: detailed ? t('analytics.columns.segments') : t('analytics.columns.segmentsIn', { group: groupName(g) }),
            value: (c) => cell(c, g)?.segments ?? null,
            render: (c) => <EvidenceCount item={cell(c, g)} codebook={codebook} query={{ ...query, ...groupQuery(groupBy, g) }} title={title(c, g)} />,
            numeric: true,
          })),
          ...(detailed
            ? [
                counts('sources', t('analytics.columns.sources')),
                counts('interviewees', t('analytics.columns.interviewees')),
                counts('quotes', t('analytics.columns.quotes')),
              ]
            : groups.map<Column<string>>((g) => ({
                key: `projects-${g}`,
                label: t('analytics.columns.projectsIn', { group: groupName(g) }),
                value: (c) => cell(c, g)?.projects ?? null,
                numeric: true,
              }))),
        ];
        const domainsOnly = codebook === 'typology' ? rows.filter((c) => !c.includes('.')) : rows;
        return (
          <DataFigure
            id={id}
            title={t(`analytics.evidence.${codebook === 'levels' ? 'levelsTitle' : 'codesTitle'}_${groupBy}`)}
            description={codebook === 'levels' ? t('analytics.evidence.levelsIntro') : t('analytics.evidence.codesIntro')}
            columns={columns}
            rows={rows}
            rowKey={(c) => c}
            filename={`evidence-${codebook}-by-${groupBy}`}
            empty={t('analytics.evidence.empty')}
            busy={evidence.isPlaceholderData}
            option={{
              color: SERIES_COLOURS,
              legend: { top: 0 },
              tooltip: { trigger: 'axis' },
              grid: { left: codebook === 'levels' ? 110 : 56, right: 16, top: 48, bottom: 32 },
              xAxis: { type: 'value', minInterval: 1 },
              yAxis: { type: 'category', data: domainsOnly.map((c) => (codebook === 'levels' ? name(c) : c)), inverse: true },
              series: groups.map((g) => ({ type: 'bar' as const, name: groupName(g), data: domainsOnly.map((c) => cell(c, g)?.segments ?? null) })),
            }}
          />
        );
      }}
    </QueryState>
  );
}
