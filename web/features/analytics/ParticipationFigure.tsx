import { useTranslation } from 'react-i18next';
import type { ParticipationView } from '../../../shared/analytics.js';
import type { Query } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { SERIES_COLOURS } from './Chart.js';
import { type Column, DataFigure } from './DataFigure.js';
import { noteOf, SmallNote, useFigures, Withheld } from './format.js';
import { useAnalytics } from './queries.js';

type Row = ParticipationView['items'][number];

/** Invitations and responses per moment, and who of those answering had answered at T0: drop-out in plain sight. */
export function ParticipationFigure({ query }: { query: Query }) {
  const { t } = useTranslation();
  const f = useFigures();
  const participation = useAnalytics('participation', query);
  return (
    <QueryState query={participation}>
      {(data) => {
        const atT0 = data.items.find((i) => i.moment === 'T0')?.responded ?? 0;
        const columns: Column<Row>[] = [
          { key: 'moment', label: t('analytics.columns.moment'), value: (r) => r.moment, header: true },
          { key: 'invited', label: t('analytics.columns.invited'), value: (r) => r.invited, numeric: true },
          { key: 'responded', label: t('analytics.columns.responded'), value: (r) => r.responded, numeric: true },
          {
            key: 'rate',
            label: t('analytics.columns.responseRate'),
            value: (r) => (r.responseRate === null ? null : f.share(r.responded, r.invited)),
            render: (r) => (r.suppressed ? <Withheld /> : f.share(r.responded, r.invited)),
            numeric: true,
          },
          { key: 'alsoAtT0', label: t('analytics.columns.alsoAtT0'), value: (r) => r.alsoAtT0, numeric: true },
          {
            key: 'left',
            label: t('analytics.columns.leftSinceT0'),
            value: (r) => (r.moment === 'T0' || r.suppressed ? null : f.share(atT0 - r.alsoAtT0, atT0)),
            render: (r) => (r.moment === 'T0' ? '' : r.suppressed ? <Withheld /> : f.share(atT0 - r.alsoAtT0, atT0)),
            numeric: true,
          },
          { key: 'note', label: t('analytics.columns.note'), value: (r) => noteOf(t, r), render: (r) => <SmallNote {...r} /> },
        ];
        return (
          <DataFigure
            id="participation"
            title={t('analytics.participation.title')}
            description={t('analytics.participation.intro')}
            columns={columns}
            rows={data.items}
            rowKey={(r) => r.moment}
            filename="response-per-moment"
            empty={t('analytics.participation.empty')}
            busy={participation.isPlaceholderData}
            option={{
              color: SERIES_COLOURS,
              legend: { top: 0 },
              tooltip: { trigger: 'axis' },
              grid: { left: 48, right: 16, top: 40, bottom: 32 },
              xAxis: { type: 'category', data: data.items.map((i) => i.moment) },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                { type: 'bar', name: t('analytics.columns.invited'), data: data.items.map((i) => i.invited) },
                { type: 'bar', name: t('analytics.columns.responded'), data: data.items.map((i) => i.responded) },
              ],
            }}
          />
        );
      }}
    </QueryState>
  );
}
