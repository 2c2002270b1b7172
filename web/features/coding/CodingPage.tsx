import { Alert, Anchor, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { SegmentView, SourceView } from '../../../shared/coding.js';
import type { IntervieweeView, ProjectView } from '../../../shared/schemas.js';
import { ApiError } from '../../api/client.js';
import { interviewees as intervieweesApi, segments as segmentsApi, sources as sourcesApi } from '../../api/coding.js';
import { projects as projectsApi } from '../../api/endpoints.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { PageHeader } from '../../components/PageHeader.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { SuggestionsPanel } from '../coding-analysis/SuggestionsPanel.js';
import { ErrorAlert, LoadingState, NotFoundState } from '../../components/States.js';
import { isNotFound } from '../../lib/errors.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { useApi } from '../../lib/useApi.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { type CodeIndex, useCodebooks, useLocale, usableBooks } from './codes.js';
import { CodingPanel, type CodingPanelHandle } from './CodingPanel.js';
import { SegmentList } from './SegmentList.js';
import { SourceText, type SourceTextHandle } from './SourceText.js';
import type { Span } from './text.js';
import { Empty, useMomentLabel } from './ui.js';

/** A malformed id in the address is a page that does not exist, too. */
const isMalformedId = (error: unknown) =>
  error instanceof ApiError && error.status === 400 && (error.problem.errors ?? []).some((e) => e.path.startsWith('params.'));

/** Reads a source and codes it: select a span (mouse or sentence by sentence), apply codes, manage the segments. */
export function CodingPage() {
  const { sourceId = '' } = useParams();
  const { t } = useTranslation();
  const [mine, setMine] = useState(false);
  const source = useApi(`${sourceId}:${mine}`, (signal) => sourcesApi.get(sourceId, { mine }, signal));
  const projectId = source.data?.projectId ?? null;
  const project = useApi(projectId, (signal) => projectsApi.get(projectId!, signal));
  // pseudonymised for the agency's analysts, as the segments' speakers are
  const people = useApi(projectId && `interviewees:${projectId}`, (signal) => intervieweesApi.list(projectId!, signal));
  const codebooks = useCodebooks();
  useDocumentTitle(source.data?.title ?? (isNotFound(source.error) || isMalformedId(source.error) ? t('coding.coding.notFoundTitle') : null));

  if (isNotFound(source.error) || isMalformedId(source.error)) {
    return (
      <NotFoundState
        title={t('coding.coding.notFoundTitle')}
        text={t('coding.coding.notFoundText')}
        backTo="/projects"
        backLabel={t('coding.coding.backToProjects')}
      />
    );
  }
  if (source.error && !source.data) return <ErrorAlert error={source.error} onRetry={source.reload} />;
  if (project.error && !project.data) return <ErrorAlert error={project.error} onRetry={project.reload} />;
  if (codebooks.error && !codebooks.data) return <ErrorAlert error={codebooks.error} onRetry={codebooks.reload} />;
  if (people.error && !people.data) return <ErrorAlert error={people.error} onRetry={people.reload} />;
  if (!source.data || !project.data || !codebooks.data || !people.data) return <LoadingState />;
  return (
    <CodingWorkspace
      source={source.data}
      loading={source.loading}
      project={project.data}
      interviewees={people.data}
      index={codebooks.index}
      mine={mine}
      setMine={setMine}
      // in blind mode the writes answer with everybody's codings: load the blind view again instead
      apply={(view) => (mine ? source.reload() : source.setData(view))}
    />
  );
}

function CodingWorkspace({
  source,
  loading,
  project,
  interviewees,
  index,
  mine,
  setMine,
  apply,
}: {
  source: SourceView;
  loading: boolean;
  project: ProjectView;
  interviewees: IntervieweeView[];
  index: CodeIndex;
  mine: boolean;
  setMine: (mine: boolean) => void;
  apply: (view: SourceView) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const momentLabel = useMomentLabel();
  const [sentenceMode, setSentenceMode] = useState(false);
  const [pending, setPending] = useState<Span | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [panelKey, setPanelKey] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removal, setRemoval] = useState<{ segment: SegmentView; codingId?: string } | null>(null);
  const textRef = useRef<SourceTextHandle>(null);
  const panelRef = useRef<CodingPanelHandle>(null);
  const panelBox = useRef<HTMLDivElement>(null);
  const codeButton = useRef<HTMLButtonElement>(null);
  const segmentsHeading = useRef<HTMLHeadingElement>(null);

  const chars = useMemo(() => [...source.content], [source.content]);
  const books = useMemo(() => usableBooks(index.books, project.organisation.id), [index.books, project.organisation.id]);
  const colourOf = useMemo(() => {
    const cache = new Map<string, string | null>();
    return (segment: SegmentView) => {
      if (!cache.has(segment.id)) {
        const codes = segment.codings.map((c) => index.byId.get(c.codeId));
        const first = codes.find((c) => c?.book.kind === 'typology') ?? codes.find((c) => c?.color);
        cache.set(segment.id, first?.color ?? null);
      }
      return cache.get(segment.id)!;
    };
  }, [index, source.segmentList]);

  const excerpt = pending ? chars.slice(pending.start, pending.end).join('') : '';
  const defaultSpeaker = source.interviewees.length === 1 ? source.interviewees[0]!.id : null;
  const canEdit = source.canEdit;
  const [suggesting, setSuggesting] = useState(false);

  function openPanel(focus: boolean) {
    setPanelOpen(true);
    setTimeout(() => {
      // beside the text the panel heads its own scrolling column; under the text (narrow screens) the page scrolls to it
      const side = panelBox.current?.closest<HTMLElement>('.coding-side');
      if (side && getComputedStyle(side).position === 'sticky') side.scrollTop = 0;
      else panelBox.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      if (focus) panelRef.current?.focus();
    }, 0);
  }
  /** Closes the panel; the focus goes back where the coding started (the text or the button), or to the segments after a save. */
  function closePanel(returnFocus: 'selection' | 'segments' | false) {
    setPanelOpen(false);
    setPanelKey((k) => k + 1);
    if (!returnFocus) return;
    setTimeout(() => {
      if (sentenceMode) textRef.current?.focus();
      else if (returnFocus === 'selection') codeButton.current?.focus();
      else segmentsHeading.current?.focus();
    }, 0);
  }
  function select(span: Span | null, via: 'mouse' | 'keyboard') {
    setPending(span);
    if (!span) return closePanel(false);
    // a new selection starts a fresh panel; with the mouse it opens at once
    if (!panelOpen) setPanelKey((k) => k + 1);
    if (via === 'mouse' && canEdit) openPanel(false);
  }
  const changed = (view: SourceView, message: string) => {
    apply(view);
    setNotice(message);
  };

  const facts = [
    t(`coding.kinds.${source.kind}`),
    momentLabel(source.moment) || null,
    formatDate(source.sourceDate, locale),
    t(`coding.languages.${source.language}`),
    source.interviewees.length ? source.interviewees.map((p) => p.label).join(', ') : null,
  ].filter(Boolean);

  return (
    <Stack gap="md">
      <PageHeader
        above={
          <Group gap="xs">
            <Anchor component={Link} to={`/projects/${project.id}/sources`} fz="sm">
              {t('coding.coding.backToSources', { project: project.acronym ?? project.title })}
            </Anchor>
          </Group>
        }
        title={source.title}
        description={facts.join(' · ')}
      />

      {/* the toolbar of the workspace; code suggestions and the agreement report will join it */}
      <Paper withBorder radius="md" px="md" py="sm">
        <Group gap="xl" role="group" aria-label={t('coding.toolbar')}>
          <Switch
            label={t('coding.coding.blind')}
            description={t('coding.coding.blindDescription')}
            checked={mine}
            onChange={(e) => {
              setMine(e.currentTarget.checked);
              setActive(null);
            }}
          />
          {canEdit ? (
            <Switch label={t('coding.coding.sentenceMode')} checked={sentenceMode} onChange={(e) => setSentenceMode(e.currentTarget.checked)} />
          ) : null}
          <Switch label={t('codingAnalysis.suggestions.show')} checked={suggesting} onChange={(e) => setSuggesting(e.currentTarget.checked)} />
        </Group>
      </Paper>
      {suggesting ? (
        <SuggestionsPanel
          sourceId={source.id}
          canEdit={canEdit}
          onSelect={(span) => {
            select(span, 'keyboard');
            openPanel(true);
          }}
        />
      ) : null}

      <StatusNotice notice={notice} onClose={() => setNotice(null)} />
      {!canEdit ? (
        <Alert color="gray" variant="light">
          <Text fz="sm" c="dark.9">
            {t('coding.coding.readOnly')}
          </Text>
        </Alert>
      ) : null}

      <div className="coding-layout">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="source-text-heading">
          <Title order={2} id="source-text-heading" fz="h3" mb="xs">
            {t('coding.coding.textHeading')}
          </Title>
          {canEdit ? (
            <>
              <Text id="coding-help" fz="sm" c="dimmed" maw="70ch">
                {t('coding.coding.helpMouse')} {t('coding.coding.helpKeyboard')}
              </Text>
              <Group className="selection-bar" justify="space-between" gap="sm">
                <Text fz="sm" fw={600} aria-live="polite">
                  {pending ? t('coding.coding.selection', { count: pending.end - pending.start }) : t('coding.coding.noSelection')}
                </Text>
                <Group gap="xs">
                  {pending ? (
                    <Button variant="default" size="compact-sm" onClick={() => select(null, 'keyboard')}>
                      {t('coding.coding.clearSelection')}
                    </Button>
                  ) : null}
                  <Button ref={codeButton} size="compact-sm" disabled={!pending} onClick={() => openPanel(true)}>
                    {t('coding.coding.codeSelection')}
                  </Button>
                </Group>
              </Group>
            </>
          ) : null}
          <div aria-busy={loading}>
            <SourceText
              ref={textRef}
              text={source.content}
              language={source.language}
              segments={source.segmentList}
              colourOf={colourOf}
              pending={pending}
              sentenceMode={sentenceMode && canEdit}
              activeSegmentId={active}
              describedBy="coding-help"
              onSelect={(span, via) => (canEdit ? select(span, via) : undefined)}
              onRequestCode={() => openPanel(true)}
              onActivateSegment={(id) => {
                setActive(id);
                if (id) document.getElementById(`segment-${id}-text`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
              }}
            />
          </div>
        </Paper>

        <div className="coding-side">
          <Stack gap="md">
            {panelOpen && pending && canEdit ? (
              <div ref={panelBox}>
                <CodingPanel
                  key={panelKey}
                  ref={panelRef}
                  sourceId={source.id}
                  span={pending}
                  excerpt={excerpt}
                  index={index}
                  books={books}
                  interviewees={interviewees}
                  defaultSpeaker={defaultSpeaker}
                  onCancel={() => closePanel('selection')}
                  onSaved={(view) => {
                    changed(view, t('coding.coding.coded'));
                    setPending(null);
                    closePanel('segments');
                  }}
                />
              </div>
            ) : null}
            <section aria-labelledby="segments-heading">
              <Group justify="space-between" align="baseline" mb="xs">
                <Title order={2} id="segments-heading" fz="h3" ref={segmentsHeading} tabIndex={-1}>
                  {t('coding.coding.segmentsHeading')}
                </Title>
                <Text fz="sm" c="dimmed">
                  {t('coding.coding.segmentsCount', { count: source.segmentList.length, formatted: formatNumber(source.segmentList.length, locale) })}
                </Text>
              </Group>
              {source.segmentList.length ? (
                <SegmentList
                  segments={source.segmentList}
                  index={index}
                  books={books}
                  interviewees={interviewees}
                  canEdit={canEdit}
                  activeSegmentId={active}
                  colourOf={colourOf}
                  onActivate={setActive}
                  onShow={(id) => {
                    setActive(id);
                    textRef.current?.showSegment(id);
                  }}
                  onChanged={changed}
                  onRemove={(segment) => setRemoval({ segment })}
                  onRemoveLastCoding={(segment, codingId) => setRemoval({ segment, codingId })}
                />
              ) : (
                <Empty>{mine ? t('coding.coding.noOwnSegments') : t('coding.coding.noSegments')}</Empty>
              )}
            </section>
          </Stack>
        </div>
      </div>

      <ConfirmModal
        opened={removal !== null}
        title={t('coding.segment.remove')}
        message={removal?.codingId ? t('coding.segment.lastCodingConfirm') : t('coding.segment.removeConfirm')}
        confirmLabel={t('common.remove')}
        onClose={() => setRemoval(null)}
        onConfirm={async () => {
          if (!removal) return;
          const view = removal.codingId ? await segmentsApi.removeCoding(removal.codingId) : await segmentsApi.remove(removal.segment.id);
          setActive(null);
          changed(view, t('coding.coding.segmentRemoved'));
        }}
      />
    </Stack>
  );
}
