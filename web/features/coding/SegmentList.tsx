import { Button, Checkbox, CloseButton, Group, NativeSelect, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodingView, FullCodebookView, SegmentView, SourceView } from '../../../shared/coding.js';
import { canRemoveCoding } from '../../../shared/access.js';
import { POLARITIES, type Polarity } from '../../../shared/reference.js';
import type { IntervieweeView } from '../../../shared/schemas.js';
import { segments as segmentsApi } from '../../api/coding.js';
import { ErrorAlert } from '../../components/States.js';
import { orNull } from '../../lib/validation.js';
import { useUser } from '../auth/session.js';
import { type CodeIndex, codeName, groupedCodeOptions, ink, useLocale } from './codes.js';
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
  onChanged: (view: SourceView, notice: string) => void;
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
  const [error, setError] = useState<unknown>(undefined);
  const excerptId = `segment-${segment.id}-text`;

  async function removeCoding(codingId: string) {
    setError(undefined);
    if (segment.codings.length === 1) return onRemoveLastCoding(segment, codingId);
    try {
      onChanged(await segmentsApi.removeCoding(codingId), t('coding.coding.codeRemoved'));
    } catch (err) {
      setError(err);
    }
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
                            onClick={() => void removeCoding(coding.id)}
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
        {error ? <ErrorAlert error={error} /> : null}
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
            onDone={(view) => {
              setMode('view');
              if (view) onChanged(view, t('coding.coding.saved'));
            }}
          />
        ) : null}
        {mode === 'addCode' ? (
          <AddCoding
            segment={segment}
            index={index}
            books={books}
            onDone={(view) => {
              setMode('view');
              if (view) onChanged(view, t('coding.coding.codeAdded'));
            }}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

function EditSegment({ segment, interviewees, onDone }: { segment: SegmentView; interviewees: IntervieweeView[]; onDone: (view: SourceView | null) => void }) {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const [memo, setMemo] = useState(segment.memo ?? '');
  const [isQuote, setIsQuote] = useState(segment.isQuote);
  const [speaker, setSpeaker] = useState(segment.interviewee?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  // a speaker no longer among the project's interviewees (or pseudonymised) stays choosable
  const people = interviewees.map((p) => ({ value: p.id, label: personLabel(p) }));
  if (segment.interviewee && !interviewees.some((p) => p.id === segment.interviewee!.id))
    people.push({ value: segment.interviewee.id, label: personLabel(segment.interviewee) });

  return (
    <form
      noValidate
      aria-label={t('coding.segment.editTitle')}
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(undefined);
        try {
          onDone(await segmentsApi.update(segment.id, { memo: orNull(memo), isQuote, intervieweeId: speaker || null }));
        } catch (err) {
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Stack gap="sm" p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        {error ? <ErrorAlert error={error} /> : null}
        <NativeSelect
          label={t('coding.panel.speaker')}
          value={speaker}
          onChange={(e) => setSpeaker(e.currentTarget.value)}
          data={[{ value: '', label: t('coding.segment.noSpeaker') }, ...people]}
        />
        <Textarea
          label={t('coding.panel.memo')}
          autosize
          minRows={2}
          maxRows={6}
          value={memo}
          onChange={(e) => setMemo(e.currentTarget.value)}
          data-autofocus
        />
        <Checkbox label={t('coding.panel.isQuote')} checked={isQuote} onChange={(e) => setIsQuote(e.currentTarget.checked)} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AddCoding({
  segment,
  index,
  books,
  onDone,
}: {
  segment: SegmentView;
  index: CodeIndex;
  books: FullCodebookView[];
  onDone: (view: SourceView | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [codeId, setCodeId] = useState('');
  const [polarity, setPolarity] = useState<Polarity | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [missing, setMissing] = useState<'code' | 'polarity' | null>(null);
  const isFactor = index.byId.get(codeId)?.book.kind === 'factor';
  const groups = groupedCodeOptions(index, books, locale, { domainLabel: (name) => t('coding.domain', { name }) });

  return (
    <form
      noValidate
      aria-label={t('coding.segment.addCode')}
      onSubmit={async (event) => {
        event.preventDefault();
        setError(undefined);
        if (!codeId || (isFactor && !polarity)) {
          setMissing(!codeId ? 'code' : 'polarity');
          return;
        }
        setMissing(null);
        setBusy(true);
        try {
          onDone(await segmentsApi.addCoding(segment.id, { codeId, polarity: isFactor ? (polarity as Polarity) : null }));
        } catch (err) {
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Stack gap="sm" p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        {error ? <ErrorAlert error={error} /> : null}
        <NativeSelect
          label={t('coding.segment.code')}
          value={codeId}
          onChange={(e) => setCodeId(e.currentTarget.value)}
          data={[{ value: '', label: t('common.choose') }, ...groups]}
          error={missing === 'code' ? t('coding.panel.noCodes') : undefined}
        />
        {isFactor ? (
          <Radio.Group
            label={t('coding.segment.polarity')}
            required
            value={polarity}
            onChange={(v) => setPolarity(v as Polarity)}
            error={missing === 'polarity' && !polarity ? t('coding.panel.polarityRequired') : undefined}
          >
            <Group gap="lg" mt={4}>
              {POLARITIES.map((p) => (
                <Radio key={p} value={p} label={t(`coding.polarity.${p}`)} />
              ))}
            </Group>
          </Radio.Group>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={busy}>
            {t('coding.segment.add')}
          </Button>
        </Group>
      </Stack>
    </form>
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
