import { Button, Checkbox, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FullCodebookView, SegmentView } from '../../../shared/coding.js';
import { POLARITIES, type Polarity } from '../../../shared/reference.js';
import type { IntervieweeView } from '../../../shared/schemas.js';
import { ErrorAlert } from '../../components/States.js';
import { useLocale } from '../../lib/useLocale.js';
import { orNull } from '../../lib/validation.js';
import { type CodeIndex, groupedCodeOptions } from './codes.js';
import { useAddCoding, useUpdateSegment } from './queries.js';
import { usePersonLabel } from './ui.js';

/** Changes a segment's speaker, memo and quote mark; `onDone(true)` after a save, `onDone(false)` on cancel. */
export function EditSegment({ segment, interviewees, onDone }: { segment: SegmentView; interviewees: IntervieweeView[]; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const update = useUpdateSegment();
  const [memo, setMemo] = useState(segment.memo ?? '');
  const [isQuote, setIsQuote] = useState(segment.isQuote);
  const [speaker, setSpeaker] = useState(segment.interviewee?.id ?? '');
  // a speaker no longer among the project's interviewees (or pseudonymised) stays choosable
  const people = interviewees.map((p) => ({ value: p.id, label: personLabel(p) }));
  if (segment.interviewee && !interviewees.some((p) => p.id === segment.interviewee!.id))
    people.push({ value: segment.interviewee.id, label: personLabel(segment.interviewee) });

  return (
    <form
      noValidate
      aria-label={t('coding.segment.editTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ id: segment.id, patch: { memo: orNull(memo), isQuote, intervieweeId: speaker || null } }, { onSuccess: () => onDone(true) });
      }}
    >
      <Stack gap="sm" p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        {update.error ? <ErrorAlert error={update.error} /> : null}
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
          <Button variant="default" size="xs" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Gives a segment one more code (with its polarity for a factor); `onDone(true)` after a save. */
export function AddCoding({
  segment,
  index,
  books,
  onDone,
}: {
  segment: SegmentView;
  index: CodeIndex;
  books: FullCodebookView[];
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const add = useAddCoding();
  const [codeId, setCodeId] = useState('');
  const [polarity, setPolarity] = useState<Polarity | ''>('');
  const [missing, setMissing] = useState<'code' | 'polarity' | null>(null);
  const isFactor = index.byId.get(codeId)?.book.kind === 'factor';
  const groups = groupedCodeOptions(index, books, locale, { domainLabel: (name) => t('coding.domain', { name }) });

  return (
    <form
      noValidate
      aria-label={t('coding.segment.addCode')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!codeId || (isFactor && !polarity)) {
          setMissing(!codeId ? 'code' : 'polarity');
          return;
        }
        setMissing(null);
        add.mutate({ segmentId: segment.id, input: { codeId, polarity: isFactor ? (polarity as Polarity) : null } }, { onSuccess: () => onDone(true) });
      }}
    >
      <Stack gap="sm" p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        {add.error ? <ErrorAlert error={add.error} /> : null}
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
          <Button variant="default" size="xs" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={add.isPending}>
            {t('coding.segment.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
