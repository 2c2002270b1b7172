import { Group, Text, Title } from '@mantine/core';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FullCodebookView, SegmentView } from '../../../shared/coding.js';
import type { IntervieweeView } from '../../../shared/schemas.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { Empty } from '../../components/Section.js';
import { formatNumber } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import type { CodeIndex } from './codes.js';
import { useRemoveCoding, useRemoveSegment } from './queries.js';
import { SegmentList } from './SegmentList.js';

/** The coded segments beside the text, with their count; removing one (or its last code) asks first. */
export function SegmentsSection({
  segments,
  mine,
  headingRef,
  index,
  books,
  interviewees,
  canEdit,
  activeSegmentId,
  colourOf,
  onActivate,
  onShow,
  onChanged,
}: {
  segments: SegmentView[];
  mine: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  index: CodeIndex;
  books: FullCodebookView[];
  interviewees: IntervieweeView[];
  canEdit: boolean;
  activeSegmentId: string | null;
  colourOf: (segment: SegmentView) => string | null;
  onActivate: (segmentId: string | null) => void;
  onShow: (segmentId: string) => void;
  onChanged: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [removal, setRemoval] = useState<{ segment: SegmentView; codingId?: string } | null>(null);
  const removeSegment = useRemoveSegment();
  const removeCoding = useRemoveCoding();
  return (
    <section aria-labelledby="segments-heading">
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={2} id="segments-heading" fz="h3" ref={headingRef} tabIndex={-1}>
          {t('coding.coding.segmentsHeading')}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('coding.coding.segmentsCount', { count: segments.length, formatted: formatNumber(segments.length, locale) })}
        </Text>
      </Group>
      {segments.length ? (
        <SegmentList
          segments={segments}
          index={index}
          books={books}
          interviewees={interviewees}
          canEdit={canEdit}
          activeSegmentId={activeSegmentId}
          colourOf={colourOf}
          onActivate={onActivate}
          onShow={onShow}
          onChanged={onChanged}
          onRemove={(segment) => setRemoval({ segment })}
          onRemoveLastCoding={(segment, codingId) => setRemoval({ segment, codingId })}
        />
      ) : (
        <Empty>{mine ? t('coding.coding.noOwnSegments') : t('coding.coding.noSegments')}</Empty>
      )}
      <ConfirmModal
        opened={removal !== null}
        title={t('coding.segment.remove')}
        message={removal?.codingId ? t('coding.segment.lastCodingConfirm') : t('coding.segment.removeConfirm')}
        confirmLabel={t('common.remove')}
        onClose={() => setRemoval(null)}
        onConfirm={async () => {
          if (!removal) return;
          if (removal.codingId) await removeCoding.mutateAsync(removal.codingId);
          else await removeSegment.mutateAsync(removal.segment.id);
          onActivate(null);
          onChanged(t('coding.coding.segmentRemoved'));
        }}
      />
    </section>
  );
}
