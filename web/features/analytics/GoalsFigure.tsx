import { useTranslation } from 'react-i18next';
import type { GoalsView } from '../../../shared/analytics.js';
import type { Query } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { CodeName } from './ChangeFigure.js';
import { SERIES_COLOURS } from './Chart.js';
import { type Column, DataFigure } from './DataFigure.js';
import { noteOf, SmallNote, useCodeNames, useFigures, Withheld } from './format.js';
import { useAnalytics } from './queries.js';

type Goal = GoalsView['goals'][number];
type Cefr = GoalsView['cefr'][number];

/**
 * The learning goals participants set, per typology code, and the CEFR level a language goal starts from beside the
 * level it aims at, with the follow-up at T1 and T2: how far the goals were reached and how many language goals moved
 * up a CEFR level.
 */
export function GoalsFigures({ query }: { query: Query }) {
  const { t } = useTranslation();
  const name = useCodeNames();
  const goals = useAnalytics('goals', query);
  const withheld = (r: { suppressed: boolean; goals: number | null }) => (r.suppressed ? <Withheld /> : r.goals);
  const level = (l: string) => l || t('analytics.goals.noLevel');
  const figures = useFigures();
  // one cell per moment: the mean reached with its n, then the language goals that moved up a level, when any
  const followUp = (f: Goal['t1']) => {
    if (!f) return null;
    if (f.suppressed) return t('analytics.withheldShort');
    const reached = f.reachedN ? t('analytics.goals.reachedMean', { mean: figures.mean(f.reachedMean), n: f.reachedN }) : t('analytics.goals.noReached');
    return f.levelN ? `${reached}; ${t('analytics.goals.levelUp', { up: f.levelUp, n: f.levelN })}` : reached;
  };
  const followUpCell = (f: Goal['t1']) => (f?.suppressed ? <Withheld /> : followUp(f));
  const goalColumns: Column<Goal>[] = [
    {
      key: 'code',
      label: t('analytics.columns.code'),
      value: (r) => `${r.code} ${name(r.code)}`,
      render: (r) => <CodeName code={r.code} name={name(r.code)} />,
      header: true,
    },
    { key: 'goals', label: t('analytics.goals.goals'), value: (r) => r.goals, render: withheld, numeric: true },
    { key: 'people', label: t('analytics.goals.people'), value: (r) => r.people, numeric: true },
    { key: 't1', label: t('analytics.goals.followUpT1'), value: (r) => followUp(r.t1), render: (r) => followUpCell(r.t1) },
    { key: 't2', label: t('analytics.goals.followUpT2'), value: (r) => followUp(r.t2), render: (r) => followUpCell(r.t2) },
    { key: 'note', label: t('analytics.columns.note'), value: (r) => noteOf(t, r), render: (r) => <SmallNote {...r} /> },
  ];
  const cefrColumns: Column<Cefr>[] = [
    { key: 'from', label: t('analytics.goals.cefrFrom'), value: (r) => level(r.from), header: true },
    { key: 'to', label: t('analytics.goals.cefrTo'), value: (r) => level(r.to) },
    { key: 'goals', label: t('analytics.goals.goals'), value: (r) => r.goals, render: withheld, numeric: true },
    { key: 'people', label: t('analytics.goals.people'), value: (r) => r.people, numeric: true },
    { key: 'note', label: t('analytics.columns.note'), value: (r) => noteOf(t, r), render: (r) => <SmallNote {...r} /> },
  ];
  return (
    <QueryState query={goals}>
      {(data) => (
        <>
          <DataFigure
            id="goals"
            title={t('analytics.goals.title')}
            description={t('analytics.goals.intro')}
            columns={goalColumns}
            rows={data.goals}
            rowKey={(r) => r.code}
            filename="learning-goals"
            empty={t('analytics.goals.empty')}
            busy={goals.isPlaceholderData}
            chartHeight={Math.max(240, 28 * data.goals.length + 60)}
            option={{
              color: SERIES_COLOURS,
              tooltip: { trigger: 'axis' },
              grid: { left: 72, right: 16, top: 16, bottom: 32 },
              xAxis: { type: 'value', minInterval: 1 },
              yAxis: { type: 'category', data: data.goals.map((r) => r.code || '–'), inverse: true },
              series: [{ type: 'bar', name: t('analytics.goals.people'), data: data.goals.map((r) => r.people) }],
            }}
          />
          <DataFigure
            id="cefr"
            title={t('analytics.goals.cefrTitle')}
            description={t('analytics.goals.cefrIntro')}
            columns={cefrColumns}
            rows={data.cefr}
            rowKey={(r) => `${r.from}-${r.to}`}
            filename="cefr-start-and-target"
            empty={t('analytics.goals.cefrEmpty')}
            busy={goals.isPlaceholderData}
            option={null}
          />
        </>
      )}
    </QueryState>
  );
}
