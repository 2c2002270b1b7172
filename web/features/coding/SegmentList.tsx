import { Button, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canRemoveCoding } from '../../../shared/access.js';
import type { CodingView, FullCodebookView, SegmentView } from '../../../shared/coding.js';
import type { IntervieweeView } from '../../../shared/schemas.js';
import { ErrorAlert } from '../../components/States.js';
import { useLocale } from '../../lib/useLocale.js';
import { useUser } from '../auth/session.js';
import { type CodeIndex, codeName, ink } from './codes.js';
import { useRemoveCoding } from './queries.js';
import { AddCoding, EditSegment } from './SegmentForms.js';
import { CodeChip, QuoteBadge, usePersonLabel } from './ui.js';

interface Props {
  segments: SegmentView[];
  index: CodeIndex;
  books: FullCodebookView[];
  interviewees: IntervieweeView[];
  canEdit: boolean;
  activeSegmentId: string | null;
  colourOf: (segment: SegmentView) => string | null;
  onActivate: (segmentId: string | null) => void;
  onShow: (segmentId: string) => void;
  /** A write succeeded: what to announce. */
  onChanged: (notice: string) => void;
  onRemove: (segment: SegmentView) => void;
  onRemoveLastCoding: (segment: SegmentView, codingId: string) => void;
}

/** The coded segments of a source, in text order, each with its codes, coders, speaker, memo and quote mark. */
export function SegmentList(props: Props) {
  const ordered = [...props.segments].sort((a, b) => a.start - b.start || a.end - b.end);
  return (
    <Stack component="ol" className="plain-list" gap="sm">
      {ordered.map((segment) => (
        <SegmentCard key={segment.id} segment={segment} {...props} />
      ))}
    </Stack>
  );
}

function SegmentCard({
  segment,
  index,
  books,
  interviewees,
  canEdit,
  activeSegmentId,
  colourOf,
  onActivate,
  onShow,
  onChanged,
  onRemove,
  onRemoveLastCoding,
}: Props & { segment: SegmentView }) {
  const { t } = useTranslation();
  const user = useUser();
  const locale = useLocale();
  const personLabel = usePersonLabel();
  const [mode, setMode] = useState<'view' | 'edit' | 'addCode'>('view');
  const remove = useRemoveCoding();
  const excerptId = `segment-${segment.id}-text`;

  function removeCoding(codingId: string) {
    if (segment.codings.length === 1) return onRemoveLastCoding(segment, codingId);
    remove.mutate(codingId, { onSuccess: () => onChanged(t('coding.coding.codeRemoved')) });
  }

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      className={`segment-card${activeSegmentId === segment.id ? ' is-active' : ''}`}
      style={{ '--segment-colour': ink(colourOf(segment)) } as CSSProperties}
      aria-labelledby={excerptId}
      onMouseEnter={() => onActivate(segment.id)}
      onMouseLeave={() => onActivate(null)}
    >
      <Stack gap={8}>
        {segment.isQuote || segment.interviewee ? (
          <Group gap="xs" justify="space-between">
            {segment.isQuote ? <QuoteBadge /> : <span />}
            {segment.interviewee ? (
              <Text fz="xs" c="dimmed">
                {t('coding.segment.speaker')}: {personLabel(segment.interviewee)}
              </Text>
            ) : null}
          </Group>
        ) : null}
        <Text id={excerptId} className="segment-excerpt">
          “{segment.text}”
        </Text>
        <Stack gap={6}>
          {byCoder(segment.codings, index).map(([coder, codings]) => (
            <div key={coder.id ?? ''}>
              <Text fz="xs" c="dimmed" mb={4}>
                {t('coding.segment.codedBy', { name: coder.name ?? t('coding.segment.unknownCoder') })}
              </Text>
              <Group
                component="ul"
                className="plain-list"
                gap={6}
                aria-label={t('coding.segment.codesBy', { name: coder.name ?? t('coding.segment.unknownCoder') })}
              >
                {codings.map((coding) => {
                  const code = index.byId.get(coding.codeId);
                  const name = code ? codeName(code, locale) : coding.codeKey;
                  return (
                    <li key={coding.id}>
                      <CodeChip code={code} fallbackKey={coding.codeKey} polarity={coding.polarity}>
                        {canEdit && canRemoveCoding(user, coding.coderId) ? (
                          <CloseButton
                            size="xs"
                            className="code-chip__remove"
                            aria-label={t('coding.segment.removeCoding', { code: name })}
                            onClick={() => removeCoding(coding.id)}
                          />
                        ) : null}
                      </CodeChip>
                    </li>
                  );
                })}
              </Group>
            </div>
          ))}
        </Stack>
        {segment.memo ? (
          <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>
            <Text span fw={600}>
              {t('coding.segment.memo')}:
            </Text>{' '}
            {segment.memo}
          </Text>
        ) : null}
        {remove.error ? <ErrorAlert error={remove.error} /> : null}
        <Group gap={4}>
          <Button variant="subtle" size="compact-sm" onClick={() => onShow(segment.id)}>
            {t('coding.segment.show')}
          </Button>
          {canEdit && segment.canChange ? (
            <Button
              variant={mode === 'edit' ? 'light' : 'subtle'}
              size="compact-sm"
              aria-expanded={mode === 'edit'}
              onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}
            >
              {t('coding.segment.edit')}
            </Button>
          ) : null}
          {canEdit ? (
            <Button
              variant={mode === 'addCode' ? 'light' : 'subtle'}
              size="compact-sm"
              aria-expanded={mode === 'addCode'}
              onClick={() => setMode(mode === 'addCode' ? 'view' : 'addCode')}
            >
              {t('coding.segment.addCode')}
            </Button>
          ) : null}
          {canEdit && segment.canChange ? (
            <Button variant="subtle" color="red" c="red.9" size="compact-sm" onClick={() => onRemove(segment)}>
              {t('coding.segment.remove')}
            </Button>
          ) : null}
        </Group>
        {mode === 'edit' ? (
          <EditSegment
            segment={segment}
            interviewees={interviewees}
            onDone={(saved) => {
              setMode('view');
              if (saved) onChanged(t('coding.coding.saved'));
            }}
          />
        ) : null}
        {mode === 'addCode' ? (
          <AddCoding
            segment={segment}
            index={index}
            books={books}
            onDone={(saved) => {
              setMode('view');
              if (saved) onChanged(t('coding.coding.codeAdded'));
            }}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

const KIND_ORDER: Record<string, number> = { typology: 0, level: 1, factor: 2 };

/** The codings of a segment per coder, each coder's in the order typology, level, factor, other. */
function byCoder(codings: CodingView[], index: CodeIndex): [{ id: string | null; name: string | null }, CodingView[]][] {
  const groups = new Map<string, [{ id: string | null; name: string | null }, CodingView[]]>();
  for (const coding of codings) {
    const key = coding.coderId ?? '';
    if (!groups.has(key)) groups.set(key, [{ id: coding.coderId, name: coding.coderName }, []]);
    groups.get(key)![1].push(coding);
  }
  const rank = (c: CodingView) => KIND_ORDER[index.byId.get(c.codeId)?.book.kind ?? ''] ?? 3;
  for (const [, list] of groups.values()) list.sort((a, b) => rank(a) - rank(b) || a.codeKey.localeCompare(b.codeKey));
  return [...groups.values()];
}
