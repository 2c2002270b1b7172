import { Anchor, Button, Checkbox, Group, NativeSelect, Paper, Select, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { MatrixView, RetrievedSegmentView } from '../../../shared/coding.js';
import { type ExportFormat, type MatrixFilter, type MatrixKind, type RetrievalFilter, retrieval as retrievalApi } from '../../api/coding.js';
import { projects as projectsApi } from '../../api/endpoints.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState } from '../../components/States.js';
import { formatNumber } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { useApi } from '../../lib/useApi.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { bookName, type CodeIndex, codeName, groupedCodeOptions, highlight, useCodebooks, useLocale } from './codes.js';
import { CodeChip, Empty, QuoteBadge, useMomentLabel, usePersonLabel } from './ui.js';

const FILTERS = ['code', 'codeId', 'sector', 'keyAction', 'activityType', 'projectId', 'role', 'moment', 'quotesOnly'] as const;
type FilterName = (typeof FILTERS)[number];
const VIEWS = ['segments', 'cases', 'cooccurrence'] as const;
type View = (typeof VIEWS)[number];
const LIMIT = 200;
/** The server's context on each side of a segment (code points): a full one was probably cut off. */
const CONTEXT = 160;
const FORMATS: ExportFormat[] = ['xlsx', 'csv'];

/** Retrieval: coded segments with their context across projects, filtered; code-by-case and co-occurrence matrices; downloads. */
export function RetrievalPage() {
  const { t } = useTranslation();
  const { options } = useTerms();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const codebooks = useCodebooks();
  const projectList = useApi('projects:all', (signal) => projectsApi.list({ pageSize: 100 }, signal));
  useDocumentTitle(t('coding.retrieval'));

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

  // typology codes go by key, so a domain (PRO) also finds its indicators; others by id
  const codeValue = filter.code ? `key:${filter.code}` : filter.codeId ? `id:${filter.codeId}` : null;
  const codeOptions = groupedCodeOptions(codebooks.index, codebooks.index.books, locale, {
    withArchived: true,
    valueFor: (code) => (code.book.kind === 'typology' ? `key:${code.key}` : `id:${code.id}`),
    domainLabel: (name) => t('coding.domain', { name }),
  });

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
  const anyFilter = FILTERS.some((name) => filter[name]);

  return (
    <>
      <PageHeader title={t('coding.retrieval')} description={t('coding.retrievalPage.intro')} />

      <Paper withBorder p="md" radius="md" mb="lg" component="section" aria-label={t('coding.retrievalPage.filters')}>
        <form role="search" aria-label={t('coding.retrievalPage.filters')} onSubmit={(e) => e.preventDefault()}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
            <Select
              label={t('coding.retrievalPage.code')}
              placeholder={t('coding.retrievalPage.allCodes')}
              data={codeOptions}
              value={codeValue}
              onChange={(value) => update({ code: value?.startsWith('key:') ? value.slice(4) : '', codeId: value?.startsWith('id:') ? value.slice(3) : '' })}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('coding.clear') }}
              nothingFoundMessage={t('coding.panel.nothingFound')}
              maxDropdownHeight={360}
              style={{ gridColumn: 'span 2' }}
              comboboxProps={{ width: 'target' }}
            />
            <NativeSelect
              label={t('coding.retrievalPage.project')}
              value={filter.projectId}
              onChange={(e) => update({ projectId: e.currentTarget.value })}
              data={[
                { value: '', label: t('coding.retrievalPage.allProjects') },
                ...(projectList.data?.items ?? []).map((p) => ({ value: p.id, label: p.acronym ? `${p.acronym} – ${p.title}` : p.title })),
              ]}
              style={{ gridColumn: 'span 2' }}
            />
            <NativeSelect
              label={t('coding.retrievalPage.sector')}
              value={filter.sector}
              onChange={(e) => update({ sector: e.currentTarget.value })}
              data={[{ value: '', label: t('coding.retrievalPage.allSectors') }, ...options('sector')]}
            />
            <NativeSelect
              label={t('coding.retrievalPage.keyAction')}
              value={filter.keyAction}
              onChange={(e) => update({ keyAction: e.currentTarget.value })}
              data={[{ value: '', label: t('coding.retrievalPage.allKeyActions') }, ...options('key_action')]}
            />
            <NativeSelect
              label={t('coding.retrievalPage.activityType')}
              value={filter.activityType}
              onChange={(e) => update({ activityType: e.currentTarget.value })}
              data={[{ value: '', label: t('coding.retrievalPage.allActivityTypes') }, ...options('activity_type')]}
            />
            <NativeSelect
              label={t('coding.retrievalPage.role')}
              value={filter.role}
              onChange={(e) => update({ role: e.currentTarget.value })}
              data={[{ value: '', label: t('coding.retrievalPage.allRoles') }, ...options('interviewee_role')]}
            />
            <NativeSelect
              label={t('coding.retrievalPage.moment')}
              value={filter.moment}
              onChange={(e) => update({ moment: e.currentTarget.value })}
              data={[{ value: '', label: t('coding.retrievalPage.allMoments') }, ...options('moment')]}
            />
            <Group justify="space-between" align="flex-end" pb={6} gap="sm">
              <Checkbox
                label={t('coding.retrievalPage.quotesOnly')}
                checked={filter.quotesOnly === 'true'}
                onChange={(e) => update({ quotesOnly: e.currentTarget.checked ? 'true' : '' })}
              />
              {anyFilter ? (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => setParams(new URLSearchParams(view === 'segments' ? {} : { view }), { replace: true })}
                >
                  {t('coding.retrievalPage.reset')}
                </Button>
              ) : null}
            </Group>
          </SimpleGrid>
        </form>
      </Paper>

      <Tabs value={view} onChange={(value) => update({ view: value === 'segments' ? '' : (value ?? '') })} keepMounted={false}>
        <Tabs.List aria-label={t('coding.retrievalPage.views')} mb="md">
          <Tabs.Tab value="segments">{t('coding.retrievalPage.segmentsTab')}</Tabs.Tab>
          <Tabs.Tab value="cases">{t('coding.retrievalPage.casesTab')}</Tabs.Tab>
          <Tabs.Tab value="cooccurrence">{t('coding.retrievalPage.cooccurrenceTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="segments">
          <Segments filter={segmentFilter} index={codebooks.index} />
        </Tabs.Panel>
        <Tabs.Panel value="cases">
          <Matrix kind="code-by-case" filter={matrixFilter} index={codebooks.index} onCodebook={(key) => update({ codebook: key === 'typology' ? '' : key })} />
        </Tabs.Panel>
        <Tabs.Panel value="cooccurrence">
          <Matrix kind="cooccurrence" filter={matrixFilter} index={codebooks.index} onCodebook={(key) => update({ codebook: key === 'typology' ? '' : key })} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function Downloads({ label, href }: { label: (format: string) => string; href: (format: ExportFormat) => string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" component="nav" aria-label={t('coding.retrievalPage.download')}>
      <Text fz="sm" fw={600}>
        {t('coding.retrievalPage.download')}:
      </Text>
      {FORMATS.map((format) => (
        <Button key={format} component="a" href={href(format)} download variant="default" size="compact-sm">
          {label(format.toUpperCase())}
        </Button>
      ))}
    </Group>
  );
}

function Segments({ filter, index }: { filter: RetrievalFilter; index: CodeIndex }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = { ...filter, limit: LIMIT };
  const list = useApi(JSON.stringify(query), (signal) => retrievalApi.segments(query, signal));
  return (
    <section aria-labelledby="segments-heading">
      <Group justify="space-between" align="center" mb="sm" gap="sm">
        <Title order={2} id="segments-heading" fz="h3">
          {t('coding.retrievalPage.resultsLabel')}
        </Title>
        <Downloads
          label={(format) => t('coding.retrievalPage.downloadSegments', { format })}
          href={(format) => retrievalApi.segmentsExportUrl(filter, format)}
        />
      </Group>
      <Text fw={600} role="status" aria-live="polite" mb="sm" mih={24}>
        {list.data ? t('coding.retrievalPage.count', { count: list.data.length, formatted: formatNumber(list.data.length, locale) }) : ''}
        {list.data && list.data.length >= LIMIT ? ` ${t('coding.retrievalPage.limited', { count: LIMIT })}` : ''}
      </Text>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      {!list.data && list.loading ? <LoadingState /> : null}
      {list.data ? (
        list.data.length ? (
          <Stack
            component="ol"
            className="plain-list"
            gap="sm"
            aria-busy={list.loading}
            style={{ opacity: list.loading ? 0.6 : 1, transition: 'opacity 120ms' }}
          >
            {list.data.map((segment) => (
              <RetrievedSegment key={segment.id} segment={segment} index={index} />
            ))}
          </Stack>
        ) : (
          <Empty>{t('coding.retrievalPage.empty')}</Empty>
        )
      ) : null}
    </section>
  );
}

function RetrievedSegment({ segment, index }: { segment: RetrievedSegmentView; index: CodeIndex }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const personLabel = usePersonLabel();
  const momentLabel = useMomentLabel();
  const facts = [
    label('sector', segment.project.sector),
    segment.project.keyAction,
    momentLabel(segment.source.moment),
    segment.interviewee ? personLabel(segment.interviewee) : null,
  ].filter(Boolean);
  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/projects/${segment.project.id}`} fw={600} fz="sm" underline="always">
              {segment.project.title}
            </Anchor>
            <Text fz="sm">
              {t('coding.retrievalPage.source')}:{' '}
              <Anchor component={Link} to={`/sources/${segment.source.id}`} underline="always">
                {segment.source.title}
              </Anchor>
            </Text>
            <Text fz="xs" c="dimmed">
              {facts.join(' · ')}
            </Text>
          </div>
          {segment.isQuote ? <QuoteBadge /> : null}
        </Group>
        <Text className="retrieved-text">
          {segment.before ? <span className="context">{[...segment.before].length >= CONTEXT ? `…${segment.before.trimStart()}` : segment.before}</span> : null}
          <mark>{segment.text}</mark>
          {segment.after ? <span className="context">{[...segment.after].length >= CONTEXT ? `${segment.after.trimEnd()}…` : segment.after}</span> : null}
        </Text>
        <Group gap={6} component="ul" className="plain-list" aria-label={t('coding.retrievalPage.codes')}>
          {segment.codes.map((code, i) => (
            <li key={`${code.codebookKey}:${code.key}:${i}`}>
              <CodeChip code={index.byKey.get(`${code.codebookKey}:${code.key}`)} fallbackKey={code.key} polarity={code.polarity} />
            </li>
          ))}
        </Group>
        {segment.memo ? (
          <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>
            <Text span fw={600}>
              {t('coding.segment.memo')}:
            </Text>{' '}
            {segment.memo}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Matrix({ kind, filter, index, onCodebook }: { kind: MatrixKind; filter: MatrixFilter; index: CodeIndex; onCodebook: (key: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const matrix = useApi(`${kind}:${JSON.stringify(filter)}`, (signal) => retrievalApi.matrix(kind, filter, signal));
  const book = index.books.find((b) => b.key === filter.codebook);
  const bookLabel = book ? bookName(book, locale) : (filter.codebook ?? '');
  const headingId = `matrix-${kind}-heading`;
  const cases = kind === 'code-by-case';
  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <div>
          <Title order={2} id={headingId} fz="h3">
            {cases ? t('coding.retrievalPage.casesHeading') : t('coding.retrievalPage.cooccurrenceHeading')}
          </Title>
          <Text fz="sm" c="dimmed" maw="75ch">
            {cases ? t('coding.retrievalPage.casesIntro') : t('coding.retrievalPage.cooccurrenceIntro')} {t('coding.retrievalPage.matrixFilters')}
          </Text>
        </div>
        <NativeSelect
          label={t('coding.retrievalPage.codebook')}
          value={filter.codebook}
          onChange={(e) => onCodebook(e.currentTarget.value)}
          data={[...new Map(index.books.map((b) => [b.key, { value: b.key, label: bookName(b, locale) }])).values()]}
          w={260}
        />
      </Group>
      <Group justify="flex-end" mb="sm">
        <Downloads
          label={(format) => t('coding.retrievalPage.downloadMatrix', { format })}
          href={(format) => retrievalApi.matrixExportUrl(kind, filter, format)}
        />
      </Group>
      {matrix.error ? <ErrorAlert error={matrix.error} onRetry={matrix.reload} /> : null}
      {!matrix.data && matrix.loading ? <LoadingState /> : null}
      {matrix.data ? (
        cases && !matrix.data.columns.length ? (
          <Empty>{t('coding.retrievalPage.noCases')}</Empty>
        ) : (
          <MatrixTable
            matrix={matrix.data}
            caption={cases ? t('coding.retrievalPage.casesCaption', { book: bookLabel }) : t('coding.retrievalPage.cooccurrenceCaption', { book: bookLabel })}
            index={index}
            codebook={filter.codebook ?? 'typology'}
            keyColumns={!cases}
            busy={matrix.loading}
          />
        )
      ) : null}
    </section>
  );
}

/** A matrix as a table: a caption, a header per column, a header per row, zero cells dimmed and counts tinted by size. */
function MatrixTable({
  matrix,
  caption,
  index,
  codebook,
  keyColumns,
  busy,
}: {
  matrix: MatrixView;
  caption: string;
  index: CodeIndex;
  codebook: string;
  keyColumns: boolean;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const max = Math.max(1, ...matrix.cells.flat());
  const nameOf = (row: MatrixView['rows'][number]) => row[locale] || row.nl;
  return (
    // focusable, so a keyboard user can scroll a wide table
    <div className="matrix-wrap" tabIndex={0} role="region" aria-label={caption} aria-busy={busy}>
      <table className="matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              {t('coding.retrievalPage.codeColumn')}
            </th>
            {matrix.columns.map((column) => {
              const row = keyColumns ? matrix.rows.find((r) => r.key === column.id) : undefined;
              return (
                <th key={column.id} scope="col">
                  {keyColumns ? (
                    <span className="key" title={row ? nameOf(row) : undefined}>
                      {column.label}
                    </span>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => {
            const code = index.byKey.get(`${codebook}:${row.key}`);
            return (
              <tr key={row.key}>
                <th scope="row" className={code && code.depth === 0 && code.book.kind === 'typology' ? 'is-domain' : undefined}>
                  <span className="key">{row.key}</span> {code ? codeName(code, locale) : nameOf(row)}
                </th>
                {matrix.columns.map((column, c) => {
                  const value = matrix.cells[r]?.[c] ?? 0;
                  const style: CSSProperties | undefined = value ? { background: highlight('#1f53a0', 1 + Math.round((value / max) * 3)) } : undefined;
                  return (
                    <td key={column.id} className={value ? undefined : 'is-zero'} style={style}>
                      {value}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
