import { Alert, Anchor, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SegmentView, SourceView } from '../../../shared/coding.js';
import type { IntervieweeView, ProjectView } from '../../../shared/schemas.js';
import { PageHeader } from '../../components/PageHeader.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { formatDate } from '../../lib/format.js';
import { useMomentLabel } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { SuggestionsPanel } from '../coding-analysis/SuggestionsPanel.js';
import { type CodeIndex, usableBooks } from './codes.js';
import { CodingPanel, type CodingPanelHandle } from './CodingPanel.js';
import { SegmentsSection } from './SegmentsSection.js';
import { SourceTextPanel } from './SourceTextPanel.js';
import type { SourceTextHandle } from './SourceText.js';
import type { Span } from './text.js';

interface Props {
  source: SourceView;
  loading: boolean;
  project: ProjectView;
  interviewees: IntervieweeView[];
  index: CodeIndex;
  mine: boolean;
  setMine: (mine: boolean) => void;
}

/**
 * The coding workspace: the text beside the coding panel and the coded segments. It keeps what
 * is selected, whether the panel is open, which segment is highlighted, and where the keyboard
 * focus goes when the panel opens and closes.
 */
export function CodingWorkspace({ source, loading, project, interviewees, index, mine, setMine }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const momentLabel = useMomentLabel();
  const [sentenceMode, setSentenceMode] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const [pending, setPending] = useState<Span | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [panelKey, setPanelKey] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const textRef = useRef<SourceTextHandle>(null);
  const panelRef = useRef<CodingPanelHandle>(null);
  const panelBox = useRef<HTMLDivElement>(null);
  const codeButton = useRef<HTMLButtonElement>(null);
  const segmentsHeading = useRef<HTMLHeadingElement>(null);

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
    if (!span) return closePanel(false);
    // a new selection starts a fresh panel; with the mouse it opens at once
    if (!panelOpen) setPanelKey((k) => k + 1);
    if (via === 'mouse' && canEdit) openPanel(false);
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
        <SourceTextPanel
          ref={textRef}
          source={source}
          busy={loading}
          canEdit={canEdit}
          pending={pending}
          sentenceMode={sentenceMode && canEdit}
          activeSegmentId={active}
          colourOf={colourOf}
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
