import { useTranslation } from 'react-i18next';
import type { AfterProjectItem } from '../../../shared/analytics.js';
import type { Query } from '../../api/client.js';
import { QueryState } from '../../components/QueryState.js';
import { CodeName } from './ChangeFigure.js';
import { type Column, DataFigure } from './DataFigure.js';
import { useCodeNames } from './format.js';
import { useAnalytics } from './queries.js';

/**
 * What happened after the selection's projects, as evidence per indicator: product uses, dissemination and its reach,
 * and follow-ups in the network. An indicator nothing was recorded for is left out; a table only, since the counts
 * differ in kind (events, people reached, contacts) and share no axis.
 */
export function AfterProjectFigure({ id, query }: { id: string; query: Query }) {
  const { t } = useTranslation();
  const name = useCodeNames();
  const after = useAnalytics('afterProject', { ...query, groupBy: 'programme' });
  const columns: Column<AfterProjectItem>[] = [
    {
      key: 'code',
      label: t('analytics.columns.code'),
      value: (r) => `${r.code} ${name(r.code)}`,
      render: (r) => <CodeName code={r.code} name={name(r.code)} />,
      header: true,
    },
    { key: 'uses', label: t('analytics.afterProject.productUses'), value: (r) => r.productUses, numeric: true },
    { key: 'disseminations', label: t('analytics.afterProject.disseminations'), value: (r) => r.disseminations, numeric: true },
    { key: 'reach', label: t('analytics.afterProject.reach'), value: (r) => r.reach, numeric: true },
    { key: 'followUps', label: t('analytics.afterProject.followUps'), value: (r) => r.followUps, numeric: true },
    { key: 'projects', label: t('analytics.afterProject.projects'), value: (r) => r.projects, numeric: true },
  ];
  return (
    <QueryState query={after}>
      {(data) => (
        <DataFigure
          id={id}
          title={t('analytics.afterProject.title')}
          description={t('analytics.afterProject.intro')}
          columns={columns}
          rows={data.items.filter((i) => i.projects > 0)}
          rowKey={(r) => `${r.group}:${r.code}`}
          filename="after-project-evidence"
          empty={t('analytics.afterProject.empty')}
          busy={after.isPlaceholderData}
          option={null}
        />
      )}
    </QueryState>
  );
}
