import { Button, Checkbox, Group, MultiSelect, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FullCodebookView, segmentInput } from '../../../shared/coding.js';
import type { IntervieweeView } from '../../../shared/schemas.js';
import { FormError } from '../../components/FormError.js';
import { ErrorAlert } from '../../components/States.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { type CodeIndex, codeName, groupedCodeOptions } from './codes.js';
import { type FactorRow, FactorsField } from './FactorsField.js';
import { useAddSegment } from './queries.js';
import type { Span } from './text.js';
import { usePersonLabel } from './ui.js';

export interface CodingPanelHandle {
  focus: () => void;
}

interface Props {
  sourceId: string;
  span: Span;
  excerpt: string;
  index: CodeIndex;
  books: FullCodebookView[];
  interviewees: IntervieweeView[];
  defaultSpeaker: string | null;
  /** A code already filled in (an accepted suggestion that still needs its polarity, say). */
  initialCodeId?: string | null;
  onSaved: () => void;
  onCancel: () => void;
}

// the fields this form shows errors on; any other field error is shown above the form
const SHOWN = ['codings', 'memo', 'intervieweeId'];

/** Codes a selected span: typology, impact level, factors with their polarity, other codes, speaker, memo and quote mark. */
export const CodingPanel = forwardRef<CodingPanelHandle, Props>(function CodingPanel(
  { sourceId, span, excerpt, index, books, interviewees, defaultSpeaker, initialCodeId, onSaved, onCancel },
  ref,
) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personLabel = usePersonLabel();
  const heading = useRef<HTMLHeadingElement>(null);
  const initialKind = initialCodeId ? index.byId.get(initialCodeId)?.book.kind : undefined;
  const initially = (kind: string) => (initialCodeId && initialKind === kind ? [initialCodeId] : []);
  const [typology, setTypology] = useState<string[]>(initially('typology'));
  const [levels, setLevels] = useState<string[]>(initially('level'));
  const [factors, setFactors] = useState<FactorRow[]>([{ key: 0, codeId: initially('factor')[0] ?? '', polarity: '' }]);
  const [other, setOther] = useState<string[]>(initially('custom'));
  const [speaker, setSpeaker] = useState(defaultSpeaker ?? '');
  const [memo, setMemo] = useState('');
  const [isQuote, setIsQuote] = useState(false);
  const [missingPolarity, setMissingPolarity] = useState<number[]>([]);
  const form = useSubmit(segmentInput, useAddSegment(sourceId), onSaved);

  useImperativeHandle(ref, () => ({ focus: () => heading.current?.focus() }));

  const typologyBooks = books.filter((b) => b.kind === 'typology');
  const levelBook = books.find((b) => b.kind === 'level');
  const factorBook = books.find((b) => b.kind === 'factor');
  const otherBooks = books.filter((b) => b.kind !== 'typology' && b.kind !== 'level' && b.kind !== 'factor');
  const typologyOptions = groupedCodeOptions(index, typologyBooks, locale, { domainLabel: (name) => t('coding.domain', { name }) });
  const otherOptions = groupedCodeOptions(index, otherBooks, locale);
  const factorOptions = factorBook
    ? index
        .ordered(factorBook)
        .filter((c) => !c.archived)
        .map((c) => ({ value: c.id, label: codeName(c, locale) }))
    : [];
  const levelOptions = levelBook ? index.ordered(levelBook).filter((c) => !c.archived) : [];

  const chosenFactors = factors.filter((f) => f.codeId);
  const codings = [
    ...typology.map((codeId) => ({ codeId })),
    ...levels.map((codeId) => ({ codeId })),
    ...chosenFactors.map((f) => ({ codeId: f.codeId, polarity: f.polarity || null })),
    ...other.map((codeId) => ({ codeId })),
  ];
  const input = { start: span.start, end: span.end, codings, memo: orNull(memo), isQuote, intervieweeId: speaker || null };

  const { errors } = form;
  const hiddenErrors = Object.keys(errors).filter((k) => !SHOWN.includes(k.split('.')[0]!));
  const people = interviewees.map((p) => ({ value: p.id, label: personLabel(p) }));

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coding-panel-heading" shadow="xs">
      <form
        ref={form.formRef}
        noValidate
        onSubmit={(event) => {
          // a factor needs its polarity: checked here, where the row can be marked
          const missing = factors.filter((f) => f.codeId && !f.polarity).map((f) => f.key);
          setMissingPolarity(missing);
          if (missing.length) {
            event.preventDefault();
            setTimeout(() => form.formRef.current?.querySelector<HTMLElement>(`[data-factor-row="${missing[0]}"] input[type="radio"]`)?.focus(), 0);
            return;
          }
          void form.submit(event, input);
        }}
      >
        <Stack gap="md">
          <Title order={2} id="coding-panel-heading" ref={heading} tabIndex={-1} fz="h3">
            {t('coding.panel.heading')}
          </Title>
          <div>
            <Text fz="sm" fw={600} id="coding-panel-selected">
              {t('coding.panel.selected')}
            </Text>
            <Text
              component="blockquote"
              m={0}
              mt={4}
              pl="sm"
              fz="sm"
              style={{ borderLeft: '3px solid #8a5a00' }}
              aria-labelledby="coding-panel-selected"
              lineClamp={5}
            >
              {excerpt}
            </Text>
          </div>
          {hiddenErrors.length && form.error ? <ErrorAlert error={form.error} /> : <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />}

          <MultiSelect
            label={t('coding.panel.typology')}
            description={t('coding.panel.typologyDescription')}
            data={typologyOptions}
            value={typology}
            onChange={setTypology}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('coding.clear') }}
            hidePickedOptions
            nothingFoundMessage={t('coding.panel.nothingFound')}
            error={errors.codings ? t('coding.panel.noCodes') : undefined}
            maxDropdownHeight={320}
          />

          {levelOptions.length ? (
            <Checkbox.Group label={t('coding.panel.levels')} value={levels} onChange={setLevels}>
              <Group gap="lg" mt={6}>
                {levelOptions.map((code) => (
                  <Checkbox key={code.id} value={code.id} label={codeName(code, locale)} />
                ))}
              </Group>
            </Checkbox.Group>
          ) : null}

          {factorBook ? <FactorsField rows={factors} onChange={setFactors} options={factorOptions} missingPolarity={missingPolarity} /> : null}

          {otherOptions.length ? (
            <MultiSelect
              label={t('coding.panel.other')}
              description={t('coding.panel.otherDescription')}
              data={otherOptions}
              value={other}
              onChange={setOther}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('coding.clear') }}
              hidePickedOptions
              nothingFoundMessage={t('coding.panel.nothingFound')}
            />
          ) : null}

          <NativeSelect
            label={t('coding.panel.speaker')}
            description={t('coding.panel.speakerDescription')}
            value={speaker}
            onChange={(e) => setSpeaker(e.currentTarget.value)}
            data={[{ value: '', label: t('coding.segment.noSpeaker') }, ...people]}
            error={errors.intervieweeId}
          />
          <Textarea
            label={t('coding.panel.memo')}
            autosize
            minRows={2}
            maxRows={6}
            value={memo}
            onChange={(e) => setMemo(e.currentTarget.value)}
            error={errors.memo}
          />
          <Checkbox label={t('coding.panel.isQuote')} checked={isQuote} onChange={(e) => setIsQuote(e.currentTarget.checked)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.busy}>
              {t('coding.panel.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
});
