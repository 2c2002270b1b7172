import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { forwardRef, type RefObject, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentView, SourceView } from '../../../shared/coding.js';
import { CodeBars } from './CodeBars.js';
import type { CodeIndex } from './codes.js';
import { SourceText, type SourceTextHandle } from './SourceText.js';
import type { Span } from './text.js';

interface Props {
  source: SourceView;
  busy: boolean;
  canEdit: boolean;
  pending: Span | null;
  sentenceMode: boolean;
  activeSegmentId: string | null;
  colourOf: (segment: SegmentView) => string | null;
  /** Code bars in the margin beside the lines each code covers. */
  bars: boolean;
  index: CodeIndex;
  /** The "Code the selection" button, where the focus returns when the panel is cancelled. */
  codeButton: RefObject<HTMLButtonElement | null>;
  onSelect: (span: Span | null, via: 'mouse' | 'keyboard') => void;
  onCode: () => void;
  onActivateSegment: (segmentId: string | null) => void;
}

/** The source's text with its coded segments, how to select in it, and the current selection. */
export const SourceTextPanel = forwardRef<SourceTextHandle, Props>(function SourceTextPanel(
  { source, busy, canEdit, pending, sentenceMode, activeSegmentId, colourOf, bars, index, codeButton, onSelect, onCode, onActivateSegment },
  ref,
) {
  const { t } = useTranslation();
  const textBox = useRef<HTMLDivElement>(null);
  return (
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
                <Button variant="default" size="compact-sm" onClick={() => onSelect(null, 'keyboard')}>
                  {t('coding.coding.clearSelection')}
                </Button>
              ) : null}
              <Button ref={codeButton} size="compact-sm" disabled={!pending} onClick={onCode}>
                {t('coding.coding.codeSelection')}
              </Button>
            </Group>
          </Group>
        </>
      ) : null}
      <div aria-busy={busy} className={bars ? 'text-with-bars' : undefined}>
        <div ref={textBox} className="text-with-bars__text">
          <SourceText
            ref={ref}
            text={source.content}
            language={source.language}
            segments={source.segmentList}
            colourOf={colourOf}
            pending={pending}
            sentenceMode={sentenceMode}
            activeSegmentId={activeSegmentId}
            describedBy="coding-help"
            onSelect={(span, via) => (canEdit ? onSelect(span, via) : undefined)}
            onRequestCode={onCode}
            onActivateSegment={(id) => {
              onActivateSegment(id);
              if (id) document.getElementById(`segment-${id}-text`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
            }}
          />
        </div>
        {bars ? <CodeBars textRef={textBox} segments={source.segmentList} index={index} /> : null}
      </div>
    </Paper>
  );
});
