import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { MatrixFilter, RetrievalFilter } from '../../api/coding.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { MatrixSection } from './MatrixSection.js';
import { useCodebooks } from './queries.js';
import { FILTERS, type FilterName, RetrievalFilters } from './RetrievalFilters.js';
import { RetrievedSegments } from './RetrievedSegments.js';
import { WordSearch } from './WordSearch.js';

const VIEWS = ['segments', 'cases', 'cooccurrence', 'search'] as const;
type View = (typeof VIEWS)[number];

/** Retrieval: coded segments with their context across projects, filtered; code-by-case and co-occurrence matrices; downloads. */
export function RetrievalPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const codebooks = useCodebooks();
  useDocumentTitle(t('coding.retrieval'));

  // the filters live in the address, so a result can be bookmarked and shared
  const filter = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<FilterName, string>;
  const view: View = (VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : 'segments';
  const matrixBook = params.get('codebook') || 'typology';

  function update(changes: Partial<Record<FilterName | 'view' | 'codebook', string>>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  }

  const common = {
    sector: filter.sector || undefined,
    keyAction: filter.keyAction || undefined,
    activityType: filter.activityType || undefined,
    projectId: filter.projectId || undefined,
    role: filter.role || undefined,
    moment: filter.moment || undefined,
  };
  const segmentFilter: RetrievalFilter = {
    ...common,
    code: filter.code || undefined,
    codeId: filter.codeId || undefined,
    quotesOnly: filter.quotesOnly === 'true' ? 'true' : undefined,
  };
  const matrixFilter: MatrixFilter = { ...common, codebook: matrixBook };
  const chooseBook = (key: string) => update({ codebook: key === 'typology' ? '' : key });

  return (
    <>
      <PageHeader title={t('coding.retrieval')} description={t('coding.retrievalPage.intro')} />
      <RetrievalFilters
        filter={filter}
        index={codebooks.index}
        onChange={update}
        onReset={() => setParams(new URLSearchParams(view === 'segments' ? {} : { view }), { replace: true })}
      />
      <Tabs value={view} onChange={(value) => update({ view: value === 'segments' ? '' : (value ?? '') })} keepMounted={false}>
        <Tabs.List aria-label={t('coding.retrievalPage.views')} mb="md">
          <Tabs.Tab value="segments">{t('coding.retrievalPage.segmentsTab')}</Tabs.Tab>
          <Tabs.Tab value="cases">{t('coding.retrievalPage.casesTab')}</Tabs.Tab>
          <Tabs.Tab value="cooccurrence">{t('coding.retrievalPage.cooccurrenceTab')}</Tabs.Tab>
          <Tabs.Tab value="search">{t('coding.retrievalPage.searchTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="segments">
          <RetrievedSegments filter={segmentFilter} index={codebooks.index} />
        </Tabs.Panel>
        <Tabs.Panel value="cases">
          <MatrixSection kind="code-by-case" filter={matrixFilter} index={codebooks.index} onCodebook={chooseBook} />
        </Tabs.Panel>
        <Tabs.Panel value="cooccurrence">
          <MatrixSection kind="cooccurrence" filter={matrixFilter} index={codebooks.index} onCodebook={chooseBook} />
        </Tabs.Panel>
        <Tabs.Panel value="search">
          <WordSearch scope={{ projectId: common.projectId, sector: common.sector, keyAction: common.keyAction }} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
