import { Stack, Text, Textarea, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyView } from '../../../shared/questionnaires.js';
import { longDay } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';

type Item = SurveyView['items'][number];
const SCALE = [1, 2, 3, 4, 5] as const;

export const fieldId = (key: string) => `q-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Project, title, day (for a daily reflection) and the introduction. */
export function SurveyHeading({
  survey,
  title,
  headingRef,
  showDay = false,
}: {
  survey: SurveyView;
  title: string;
  headingRef?: Ref<HTMLHeadingElement>;
  showDay?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Stack gap={6}>
      <Text fz="sm" fw={600} c="impact.9">
        {survey.projectTitle}
      </Text>
      <Title order={1} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </Title>
      {showDay && survey.day ? <Text fw={600}>{t('questionnaires.survey.day', { date: longDay(survey.day, locale) })}</Text> : null}
    </Stack>
  );
}

/** Runs of items of the same kind, each shown under its own heading. */
function groupItems(items: Item[]): { kind: Item['kind']; items: Item[] }[] {
  const groups: { kind: Item['kind']; items: Item[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.kind === item.kind) last.items.push(item);
    else groups.push({ kind: item.kind, items: [item] });
  }
  return groups;
}

/** The questions, numbered throughout; a daily reflection as one card, the other moments in sections by kind of question. */
export function Questions({
  survey,
  answers,
  errors,
  onAnswer,
}: {
  survey: SurveyView;
  answers: Record<string, number | string>;
  errors: Record<string, string>;
  onAnswer: (key: string, value: number | string) => void;
}) {
  const { t } = useTranslation();
  const groups = groupItems(survey.items);
  const daily = survey.moment === 'D';
  const firstScaleGroup = groups.findIndex((g) => g.kind !== 'open');
  let number = 0;
  return groups.map((group, g) => {
    const questions = group.items.map((item) => {
      number += 1;
      return item.kind === 'open' ? (
        <Textarea
          key={item.key}
          id={fieldId(item.key)}
          label={`${number}. ${item.text}`}
          required={item.required}
          autosize
          minRows={daily ? 2 : 3}
          maxRows={12}
          maxLength={4000}
          value={typeof answers[item.key] === 'string' ? (answers[item.key] as string) : ''}
          onChange={(e) => onAnswer(item.key, e.currentTarget.value)}
          error={errors[item.key]}
          styles={{ label: { fontWeight: 600, fontSize: '1rem', lineHeight: 1.45, marginBottom: 6 } }}
        />
      ) : (
        <ScaleQuestion key={item.key} item={item} number={number} value={answers[item.key]} onChange={(v) => onAnswer(item.key, v)} error={errors[item.key]} />
      );
    });
    // a group is known by its first question
    const groupKey = group.items[0]!.key;
    if (daily) {
      return (
        <div key={groupKey} className="survey-card">
          <Stack gap="md">{questions}</Stack>
        </div>
      );
    }
    const headingId = `group-${g}`;
    return (
      <section key={groupKey} aria-labelledby={headingId}>
        <Title order={2} id={headingId} mb="xs">
          {t(`questionnaires.survey.sections.${group.kind}`)}
        </Title>
        {g === firstScaleGroup ? (
          <Text fz="sm" c="dimmed" mb="sm">
            {t('questionnaires.survey.scaleHint')}
          </Text>
        ) : null}
        <Stack gap="md">{questions}</Stack>
      </section>
    );
  });
}

/** One statement on the five-point agreement scale plus "not applicable": a native radio group, so arrow keys and Space work. */
function ScaleQuestion({
  item,
  number,
  value,
  onChange,
  error,
}: {
  item: Item;
  number: number;
  value: number | string | undefined;
  onChange: (value: number) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = fieldId(item.key);
  const option = (v: 0 | 1 | 2 | 3 | 4 | 5, className = 'scale-option') => (
    <label key={v} className={className}>
      <input type="radio" name={id} value={v} checked={value === v} onChange={() => onChange(v)} />
      {v === 0 ? null : <span className="scale-value">{v}</span>}
      <span>{t(`questionnaires.scale.v${v}`)}</span>
    </label>
  );
  return (
    <fieldset className="scale" id={id} data-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        <span className="scale-number">{number}.</span>
        {item.text}
        {item.required ? <Text span c="red.9" fz="sm" fw={500}>{` (${t('questionnaires.survey.required')})`}</Text> : null}
      </legend>
      <div className="scale-options">{SCALE.map((v) => option(v))}</div>
      {option(0, 'scale-option scale-na')}
      {error ? (
        <p className="scale-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
