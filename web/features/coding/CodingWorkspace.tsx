import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SegmentView, SourceView } from '../../../shared/coding.js';
import type { IntervieweeView, ProjectView } from '../../../shared/schemas.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert } from '../../components/States.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { formatDate } from '../../lib/format.js';
import { useMomentLabel } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { SuggestionsPanel } from '../coding-analysis/SuggestionsPanel.js';
import { type CodeEntry, type CodeIndex, codeName, usableBooks } from './codes.js';
import { CodingPanel, type CodingPanelHandle } from './CodingPanel.js';
import { useAddCoding, useAddSegment } from './queries.js';
import { SegmentsSection } from './SegmentsSection.js';
import { SourceTextPanel } from './SourceTextPanel.js';
import type { SourceTextHandle } from './SourceText.js';
import type { Span } from './text.js';
import { UndoButton, type useLastCodingStep, useStepLabel } from './UndoButton.js';
import { type WorkspaceOptions, WorkspaceToolbar } from './WorkspaceToolbar.js';

interface Props {
  source: SourceView;
  loading: boolean;
  project: ProjectView;
  interviewees: IntervieweeView[];
  index: CodeIndex;
  mine: boolean;
  setMine: (mine: boolean) => void;
  /** The signed-in coder: their codings are the ones undone and accepted. */
  me: string;
  last: ReturnType<typeof useLastCodingStep>;
  /** A span to select on arrival (a word found by the search). */
  initialSelection: Span | null;
}

/**
 * The coding workspace: the text beside the coding panel and the coded segments. It keeps what
 * is selected, whether the panel is open, which segment is highlighted, and where the keyboard
 * focus goes when the panel opens and closes.
 */
export function CodingWorkspace({ source, loading, project, interviewees, index, mine, setMine, me, last, initialSelection }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const momentLabel = useMomentLabel();
  const stepLabel = useStepLabel(index);
  const [options, setOptions] = useState({ sentenceMode: false, suggesting: false, bars: true });
  const { sentenceMode } = options;
  const [pending, setPending] = useState<Span | null>(initialSelection);
  const [initialCode, setInitialCode] = useState<string | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [panelKey, setPanelKey] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const textRef = useRef<SourceTextHandle>(null);
  const panelRef = useRef<CodingPanelHandle>(null);
  const panelBox = useRef<HTMLDivElement>(null);
  const codeButton = useRef<HTMLButtonElement>(null);
  const segmentsHeading = useRef<HTMLHeadingElement>(null);
  const addSegment = useAddSegment(source.id);
  const addCoding = useAddCoding();
  const accepting = addSegment.isPending || addCoding.isPending;

  // a word found by the search arrives selected: show where it is
  useEffect(() => {
    if (initialSelection) setTimeout(() => textRef.current?.showSelection(), 0);
  }, [initialSelection]);

  const chars = useMemo(() => [...source.content], [source.content]);
  const books = useMemo(() => usableBooks(index.books, project.organisation.id), [index.books, project.organisation.id]);
  // one colour per segment: its typology code's, else its first coloured code's; kept per segment
  // object, so a segment whose codings change (a new object from the server) gets its colour anew
  const colourOf = useMemo(() => {
    const cache = new WeakMap<SegmentView, string | null>();
    return (segment: SegmentView) => {
      if (!cache.has(segment)) {
        const codes = segment.codings.map((c) => index.byId.get(c.codeId));
        const first = codes.find((c) => c?.book.kind === 'typology') ?? codes.find((c) => c?.color);
        cache.set(segment, first?.color ?? null);
      }
      return cache.get(segment) ?? null;
    };
  }, [index]);

  const canEdit = source.canEdit;
  const excerpt = pending ? chars.slice(pending.start, pending.end).join('') : '';
  const defaultSpeaker = source.interviewees.length === 1 ? source.interviewees[0]!.id : null;

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
    setInitialCode(null);
    if (!span) return closePanel(false);
    // a new selection starts a fresh panel; with the mouse it opens at once
    if (!panelOpen) setPanelKey((k) => k + 1);
    if (via === 'mouse' && canEdit) openPanel(false);
  }

  /** Shows a segment the coder just made or got back: framed in the text and in the list. */
  function showSegment(segmentId: string) {
    setActive(segmentId);
    setTimeout(() => textRef.current?.showSegment(segmentId), 0);
  }

  /**
   * Accepts a suggestion in one click: the sentence is coded with the code (a new segment, or the
   * code added to the segment of exactly that sentence). A factor needs its polarity first, so it
   * opens the coding panel with the sentence selected and the factor filled in.
   */
  async function accept(span: Span, code: CodeEntry) {
    if (code.book.kind === 'factor') {
      select(span, 'keyboard');
      setInitialCode(code.id);
      setPanelKey((k) => k + 1);
      openPanel(true);
      return;
    }
    const same = source.segmentList.find((s) => s.start === span.start && s.end === span.end);
    const view = same
      ? await addCoding.mutateAsync({ segmentId: same.id, input: { codeId: code.id } })
      : await addSegment.mutateAsync({ start: span.start, end: span.end, codings: [{ codeId: code.id }], isQuote: false, intervieweeId: defaultSpeaker });
    const made = view.segmentList.find((s) => s.start === span.start && s.end === span.end && s.codings.some((c) => c.codeId === code.id && c.coderId === me));
    if (made) showSegment(made.id);
    setNotice(t('coding.assist.accepted', { code: code.book.kind === 'typology' ? `${code.key} ${codeName(code, locale)}` : codeName(code, locale) }));
  }

  async function undo() {
    const step = await last.undo();
    if (!step) return;
    setNotice(t('coding.undo.done', { action: stepLabel(step) }));
    if (step.removed.length && source.segmentList.some((s) => s.id === step.segmentId)) showSegment(step.segmentId);
    else setActive(null);
  }

  function changeOptions({ mine: blind, ...changes }: Partial<WorkspaceOptions>) {
    if (blind !== undefined) {
      setMine(blind);
      setActive(null);
    }
    setOptions((o) => ({ ...o, ...changes }));
  }

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

      <WorkspaceToolbar
        options={{ ...options, mine }}
        canEdit={canEdit}
        onChange={changeOptions}
        undo={<UndoButton label={last.step ? stepLabel(last.step) : null} disabled={accepting} busy={last.undoing} onUndo={() => void undo()} />}
      />
      {options.suggesting ? (
        <SuggestionsPanel
          source={source}
          books={books}
          index={index}
          canEdit={canEdit}
          me={me}
          busy={accepting}
          onSelect={(span) => {
            select(span, 'keyboard');
            openPanel(true);
          }}
          onAccept={(span, code) => void accept(span, code).catch(() => undefined)}
        />
      ) : null}

      <StatusNotice notice={notice} onClose={() => setNotice(null)} />
      {addSegment.error || addCoding.error || last.error ? <ErrorAlert error={addSegment.error ?? addCoding.error ?? last.error} /> : null}
      {!canEdit ? (
        <Alert color="gray" variant="light">
          <Text fz="sm" c="dark.9">
            {t('coding.coding.readOnly')}
          </Text>
        </Alert>
      ) : null}

      <div className="coding-layout">
        <SourceTextPanel
          ref={textRef}
          source={source}
          busy={loading}
          canEdit={canEdit}
          pending={pending}
          sentenceMode={sentenceMode && canEdit}
          activeSegmentId={active}
          colourOf={colourOf}
          bars={options.bars}
          index={index}
          codeButton={codeButton}
          onSelect={select}
          onCode={() => openPanel(true)}
          onActivateSegment={setActive}
        />

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
                  initialCodeId={initialCode}
                  onCancel={() => closePanel('selection')}
                  onSaved={() => {
                    setNotice(t('coding.coding.coded'));
                    setPending(null);
                    closePanel('segments');
                  }}
                />
              </div>
            ) : null}
            <SegmentsSection
              segments={source.segmentList}
              mine={mine}
              headingRef={segmentsHeading}
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
              onChanged={setNotice}
            />
          </Stack>
        </div>
      </div>
    </Stack>
  );
}
